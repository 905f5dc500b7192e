// SPDX-License-Identifier: MIT
import { createPublicKey, createVerify, X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { APDU, sha256DigestInfo } from "./card-test-helpers";
import { fromHex } from "./command-apdu";
import { JpkiCardModel } from "./jpki-card-model";
import { useModelSession } from "./model-test-session";

const session = useModelSession();
const { send, sw } = session;

describe("JPKI AP files", () => {
  it("serves the auth certificate and both CAs without a PIN", () => {
    expect(sw(APDU.selectJpki)).toBe("9000");
    for (const [fid, der] of [
      ["000A", session.pki.auth.der],
      ["000B", session.pki.authCa.der],
      ["0002", session.pki.signCa.der],
    ] as const) {
      expect(sw(APDU.selectEf(fid))).toBe("9000");
      expect(session.readWholeFile()).toEqual(der);
    }
  });

  it("guards the signing certificate with the sign password", () => {
    send(APDU.selectJpki);
    send(APDU.selectEf("0001"));
    expect(sw(APDU.readBinary(0, 7))).toBe("6982");
    send(APDU.selectEf("001B"));
    expect(sw(APDU.verify("ABC123"))).toBe("9000");
    send(APDU.selectEf("0001"));
    expect(session.readWholeFile()).toEqual(session.pki.sign.der);
  });

  it("has the token label, the presence flags and a 160-byte token info", () => {
    send(APDU.selectJpki);
    send(APDU.selectEf("0006"));
    const token = send(APDU.readBinary(0, 0));
    expect(token.data).toHaveLength(160);
    expect(Buffer.from(token.data.slice(0, 32)).toString("ascii")).toBe("JPKIAPICCTOKEN2".padEnd(32, " "));
    send(APDU.selectEf("0008"));
    expect(send(APDU.readBinary(0, 0)).data).toEqual(fromHex("8F8F00"));
  });

  it("answers short reads near the end, 6B00 past it, and 6A82 for missing files", () => {
    send(APDU.selectJpki);
    send(APDU.selectEf("000A"));
    const size = session.pki.auth.der.length;
    expect(send(APDU.readBinary(size - 10, 0)).data).toEqual(session.pki.auth.der.slice(size - 10));
    expect(sw(APDU.readBinary(size, 1))).toBe("6B00");
    expect(sw(APDU.selectEf("3F00"))).toBe("6A82");
    expect(sw("00A4040C05A000000003")).toBe("6A82");
  });

  it("reads a whole EF with one extended READ BINARY, unless extended length is switched off", () => {
    send(APDU.selectJpki);
    send(APDU.selectEf("000A"));
    const whole = send(APDU.readBinaryExtended(0, 0));
    expect(whole.sw).toBe("9000");
    expect(whole.data).toEqual(session.pki.auth.der);
    expect(send(APDU.readBinaryExtended(0, 300)).data).toEqual(session.pki.auth.der.slice(0, 300));
    session.card.extendedLength = false;
    expect(sw(APDU.readBinaryExtended(0, 0))).toBe("6700");
    expect(send(APDU.readBinary(0, 0)).data).toHaveLength(256);
  });

  it("supports the SFI form of READ BINARY", () => {
    send(APDU.selectJpki);
    expect(send("00B08A0000").data).toEqual(session.pki.auth.der.slice(0, 256));
  });
});

describe("COMPUTE DIGITAL SIGNATURE", () => {
  it("signs with the auth key after the auth PIN; the signature verifies against the certificate", () => {
    const digestInfo = sha256DigestInfo("challenge");
    send(APDU.selectJpki);
    send(APDU.selectEf("0017"));
    expect(sw(APDU.sign(digestInfo))).toBe("6982");
    send(APDU.selectEf("0018"));
    send(APDU.verify("1234"));
    send(APDU.selectEf("0017"));
    const response = send(APDU.sign(digestInfo));
    expect(response.sw).toBe("9000");
    expect(response.data).toHaveLength(256);
    const publicKey = new X509Certificate(session.pki.auth.der).publicKey;
    expect(createVerify("sha256").update("challenge").verify(publicKey, response.data)).toBe(true);
    expect(createVerify("sha256").update("other").verify(publicKey, response.data)).toBe(false);
  });

  it("signs with the signing key only after the sign password, also via the SFI form", () => {
    const digestInfo = sha256DigestInfo("application data");
    send(APDU.selectJpki);
    send(APDU.selectEf("0018"));
    send(APDU.verify("1234"));
    send(APDU.selectEf("001A"));
    expect(sw(APDU.sign(digestInfo))).toBe("6982");
    send(APDU.selectEf("001B"));
    send(APDU.verify("ABC123"));
    const viaSfi = send(`802A009A33${Buffer.from(digestInfo).toString("hex")}00`);
    expect(viaSfi.sw).toBe("9000");
    const publicKey = createPublicKey(session.pki.sign.pem);
    expect(createVerify("sha256").update("application data").verify(publicKey, viaSfi.data)).toBe(true);
    send(APDU.selectEf("001A"));
    expect(send(APDU.sign(digestInfo)).data).toEqual(viaSfi.data);
  });

  it("rejects bad lengths and P1 values, and keys that are not current", () => {
    send(APDU.selectJpki);
    send(APDU.selectEf("0018"));
    send(APDU.verify("1234"));
    expect(sw(APDU.sign(new Uint8Array(10)))).toBe("6982"); // current EF is the PIN, not a key
    send(APDU.selectEf("0017"));
    expect(sw(`802A0080F6${"00".repeat(246)}00`)).toBe("6700");
    expect(sw(`802A0180${"01"}AA00`)).toBe("6A86");
    expect(send(`802A0080F5${"11".repeat(245)}00`).sw).toBe("9000");
  });
});

describe("common AP and class / instruction errors", () => {
  it("returns the manufacture number at characters [2, 15) of the record value", () => {
    session.card = new JpkiCardModel({ pki: session.pki, manufactureNumber: "ABCDEFGHIJKLM" });
    send(APDU.selectCommon);
    const record = send("00B2010C00");
    expect(record.sw).toBe("9000");
    const value = Buffer.from(record.data.slice(2, 2 + (record.data[1] ?? 0))).toString("ascii");
    expect(value.slice(2, 15)).toBe("ABCDEFGHIJKLM");
    expect(sw("00B2020C00")).toBe("6A83");
  });

  it("answers 6D00, 6E00, 6881 and 6700 as ISO says", () => {
    expect(sw("00CA000000")).toBe("6D00");
    expect(sw("A0A4040C0AD392F000260100000001")).toBe("6E00");
    expect(sw("01A4040C0AD392F000260100000001")).toBe("6881");
    expect(sw("00A4")).toBe("6700");
    expect(sw("00A4020C020018")).toBe("6986"); // no application selected
  });

  it("logs every exchange", () => {
    send(APDU.selectJpki);
    send(APDU.selectEf("FFFF"));
    expect(session.card.apduLog.map((entry) => [entry.command, entry.sw])).toEqual([
      ["00A4040C0AD392F000260100000001", "9000"],
      ["00A4020C02FFFF", "6A82"],
    ]);
    expect(session.card.apduLog[0]?.ins).toBe(0xa4);
  });
});
