// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { buildTestPki } from "../pki/build-test-pki";
import { APDU, derTotalLength } from "./card-test-helpers";
import { fromHex } from "./command-apdu";
import { JpkiCardModel } from "./jpki-card-model";
import { KEYGEN_TIMEOUT_MS, useModelSession } from "./model-test-session";

const session = useModelSession();
const { send, sw } = session;

describe("a card without a signing certificate (holder under 15)", () => {
  it("flags it in EF 0008 and has no EF 0001 or signing key", () => {
    session.card = new JpkiCardModel({ pki: session.pki, hasSignCertificate: false });
    send(APDU.selectJpki);
    send(APDU.selectEf("0008"));
    expect(send(APDU.readBinary(0, 0)).data).toEqual(fromHex("008F00"));
    expect(sw(APDU.selectEf("0001"))).toBe("6A82");
    expect(sw(APDU.selectEf("001A"))).toBe("6A82");
    expect(sw(APDU.selectEf("000A"))).toBe("9000");
  });
});

describe("card-info AP", () => {
  it("serves EF 0004 and 0005 without a PIN", () => {
    send(APDU.selectCardInfo);
    send(APDU.selectEf("0004"));
    expect(send(APDU.readBinaryExtended(0, 0)).data).toHaveLength(568);
    send(APDU.selectEf("0005"));
    const basicInfo = send(APDU.readBinary(0, 0));
    expect(basicInfo.sw).toBe("9000");
    expect(basicInfo.data.slice(0, 2)).toEqual(fromHex("FF40"));
    expect(derTotalLength(basicInfo.data)).toBe(basicInfo.data.length);
  });

  it("returns My Number and a basic-4 TLV that parses back", () => {
    send(APDU.selectCardInfo);
    send(APDU.selectEf("0002"));
    expect(sw(APDU.readBinary(0, 0))).toBe("6982");
    send(APDU.selectEf("0011"));
    expect(sw(APDU.verifyQuery)).toBe("63C3");
    expect(sw(APDU.verify("5678"))).toBe("9000");
    send(APDU.selectEf("0001"));
    const myNumber = send(APDU.readBinary(0, 0x11));
    expect(Buffer.from(myNumber.data).toString("hex")).toBe(
      "ff100c" + Buffer.from("123456789018").toString("hex") + "ffff",
    );
    send(APDU.selectEf("0002"));
    const file = session.readWholeFile();
    expect(file.slice(0, 2)).toEqual(fromHex("FF20"));
    const facts = parseBasic4(file);
    expect(facts).toEqual({
      name: "見本\u3000花子",
      address: "東京都千代田区霞が関見本町１－２－３",
      birthDate: "19900401",
      sex: "2",
    });
  });

  it("computes BER lengths and offsets for long addresses", { timeout: KEYGEN_TIMEOUT_MS }, async () => {
    const address = "北海道札幌市中央区見本町" + "１２３".repeat(40);
    const longPki = await buildTestPki({
      cas: { signCa: session.pki.signCa, authCa: session.pki.authCa },
      holder: { address, sex: "3" },
    });
    session.card = new JpkiCardModel({ pki: longPki });
    send(APDU.selectCardInfo);
    send(APDU.selectEf("0011"));
    send(APDU.verify("5678"));
    send(APDU.selectEf("0002"));
    const file = session.readWholeFile();
    expect(file.slice(0, 3)).toEqual(fromHex("FF2082"));
    expect(parseBasic4(file)).toMatchObject({ address, sex: "9" });
  });
});

/** Decodes EF 0002 through its DF21 offset table, independently of how it was built. */
function parseBasic4(file: Uint8Array): Record<string, string> {
  const offsetTable = file.indexOf(0xdf);
  expect(file[offsetTable + 1]).toBe(0x21);
  expect(file[offsetTable + 2]).toBe(8);
  const names = ["name", "address", "birthDate", "sex"];
  const result: Record<string, string> = {};
  names.forEach((name, index) => {
    const at = ((file[offsetTable + 3 + index * 2] ?? 0) << 8) | (file[offsetTable + 4 + index * 2] ?? 0);
    expect(file[at]).toBe(0xdf);
    expect(file[at + 1]).toBe(0x22 + index);
    let length = file[at + 2] ?? 0;
    let start = at + 3;
    if (length === 0x81) [length, start] = [file[at + 3] ?? 0, at + 4];
    else if (length === 0x82) [length, start] = [((file[at + 3] ?? 0) << 8) | (file[at + 4] ?? 0), at + 5];
    result[name] = Buffer.from(file.slice(start, start + length)).toString("utf8");
  });
  return result;
}
