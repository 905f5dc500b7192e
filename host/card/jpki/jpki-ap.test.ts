// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { ApduChannel } from "../apdu-channel";
import { ApduScriptTransport } from "../testing/apdu-script-transport";
import { readManufactureNumber } from "./common-ap";
import { JpkiAp } from "./jpki-ap";

const SIGNATURE_A = "aa".repeat(256);
const SIGNATURE_B = "bb".repeat(256);

describe("JpkiAp", () => {
  it("selects the key EF once and signs each DigestInfo with 80 2A 00 80, in order", async () => {
    const transport = new ApduScriptTransport([
      ["00a4020c02001a", "9000"],
      ["802a0080 03 010203 00", `${SIGNATURE_A}9000`],
      ["802a0080 02 0405 00", `${SIGNATURE_B}9000`],
    ]);
    const jpki = new JpkiAp(new ApduChannel(transport), { extendedLength: false });
    const signatures = await jpki.sign("sign", [Buffer.from("010203", "hex"), Buffer.from("0405", "hex")]);
    transport.assertDone();
    expect(signatures.map((signature) => signature.toString("hex"))).toEqual([SIGNATURE_A, SIGNATURE_B]);
  });

  it("reports a card without the JPKI AP as NOT_JPKI_CARD and a missing certificate EF as CERT_MISSING", async () => {
    const notJpki = new ApduScriptTransport([["00a4040c0ad392f000260100000001", "6a82"]]);
    await expect(new JpkiAp(new ApduChannel(notJpki), { extendedLength: false }).selectOrRefuse()).rejects.toThrow(
      /NOT_JPKI_CARD/,
    );
    const noSignCertificate = new ApduScriptTransport([["00a4020c020001", "6a82"]]);
    const jpki = new JpkiAp(new ApduChannel(noSignCertificate), { extendedLength: false });
    await expect(jpki.readCertificate("sign")).rejects.toThrow(/CERT_MISSING/);
  });

  it("signing without a verified PIN (69 82) is a CARD_ERROR, not a silent empty signature", async () => {
    const transport = new ApduScriptTransport([
      ["00a4020c020017", "9000"],
      ["802a0080 01 00 00", "6982"],
    ]);
    const jpki = new JpkiAp(new ApduChannel(transport), { extendedLength: false });
    await expect(jpki.sign("auth", [Buffer.from([0])])).rejects.toThrow(/CARD_ERROR/);
  });

  it("reads the token label from EF 0006 without its padding", async () => {
    const label = Buffer.from("JPKIAPICCTOKEN2".padEnd(32, " ")).toString("hex");
    const transport = new ApduScriptTransport([
      ["00a4020c020006", "9000"],
      ["00b0000020", `${label}9000`],
    ]);
    expect(await new JpkiAp(new ApduChannel(transport), { extendedLength: false }).tokenLabel()).toBe(
      "JPKIAPICCTOKEN2",
    );
  });
});

describe("readManufactureNumber", () => {
  it("selects the common AP and takes value characters [2, 15) of record 1", async () => {
    const value = Buffer.from("01ABCDEFGHIJKLM20361231");
    const record = Buffer.concat([Buffer.from([0x30, value.length]), value]).toString("hex");
    const transport = new ApduScriptTransport([
      ["00a4040c0ad3921000310001010100", "9000"],
      ["00b2010c00", `${record}9000`],
    ]);
    expect(await readManufactureNumber(new ApduChannel(transport))).toBe("ABCDEFGHIJKLM");
    transport.assertDone();
  });

  it("a card without the common AP is not a My Number Card", async () => {
    const transport = new ApduScriptTransport([["00a4040c0ad3921000310001010100", "6a82"]]);
    await expect(readManufactureNumber(new ApduChannel(transport))).rejects.toThrow(/NOT_JPKI_CARD/);
  });
});
