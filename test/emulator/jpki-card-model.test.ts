// SPDX-License-Identifier: MIT
import { createPublicKey, createVerify, X509Certificate } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildTestPki, type TestPki } from "../pki/build-test-pki";
import { createTestCas } from "../pki/test-ca-store";
import { APDU, derTotalLength, sha256DigestInfo, splitResponse } from "./card-test-helpers";
import { fromHex } from "./command-apdu";
import { JpkiCardModel } from "./jpki-card-model";

let pki: TestPki;
let card: JpkiCardModel;

function send(hex: string): { data: Uint8Array; sw: string } {
  return splitResponse(card.transmit(fromHex(hex)));
}
const sw = (hex: string): string => send(hex).sw;

/** Reads the current EF as jpki/myna does: 7-byte header, then chunks of at most 256 bytes. */
function readWholeFile(): Uint8Array {
  const header = send(APDU.readBinary(0, 7));
  expect(header.sw).toBe("9000");
  const length = derTotalLength(header.data);
  const out = new Uint8Array(length);
  for (let offset = 0; offset < length; offset += 256) {
    const part = send(APDU.readBinary(offset, Math.min(256, length - offset)));
    expect(part.sw).toBe("9000");
    out.set(part.data, offset);
  }
  return out;
}

/** RSA-2048 key generation can take seconds on a busy two-core machine. */
const KEYGEN_TIMEOUT_MS = 60_000;

beforeAll(async () => {
  pki = await buildTestPki({ cas: await createTestCas() });
}, KEYGEN_TIMEOUT_MS);
beforeEach(() => {
  card = new JpkiCardModel({ pki });
});

describe("JPKI AP files", () => {
  it("serves the auth certificate and both CAs without a PIN", () => {
    expect(sw(APDU.selectJpki)).toBe("9000");
    for (const [fid, der] of [
      ["000A", pki.auth.der],
      ["000B", pki.authCa.der],
      ["0002", pki.signCa.der],
    ] as const) {
      expect(sw(APDU.selectEf(fid))).toBe("9000");
      expect(readWholeFile()).toEqual(der);
    }
  });

  it("guards the signing certificate with the sign password", () => {
    send(APDU.selectJpki);
    send(APDU.selectEf("0001"));
    expect(sw(APDU.readBinary(0, 7))).toBe("6982");
    send(APDU.selectEf("001B"));
    expect(sw(APDU.verify("ABC123"))).toBe("9000");
    send(APDU.selectEf("0001"));
    expect(readWholeFile()).toEqual(pki.sign.der);
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
    const size = pki.auth.der.length;
    expect(send(APDU.readBinary(size - 10, 0)).data).toEqual(pki.auth.der.slice(size - 10));
    expect(sw(APDU.readBinary(size, 1))).toBe("6B00");
    expect(sw(APDU.selectEf("3F00"))).toBe("6A82");
    expect(sw("00A4040C05A000000003")).toBe("6A82");
  });

  it("reads a whole EF with one extended READ BINARY, unless extended length is switched off", () => {
    send(APDU.selectJpki);
    send(APDU.selectEf("000A"));
    const whole = send(APDU.readBinaryExtended(0, 0));
    expect(whole.sw).toBe("9000");
    expect(whole.data).toEqual(pki.auth.der);
    expect(send(APDU.readBinaryExtended(0, 300)).data).toEqual(pki.auth.der.slice(0, 300));
    card.extendedLength = false;
    expect(sw(APDU.readBinaryExtended(0, 0))).toBe("6700");
    expect(send(APDU.readBinary(0, 0)).data).toHaveLength(256);
  });

  it("supports the SFI form of READ BINARY", () => {
    send(APDU.selectJpki);
    expect(send("00B08A0000").data).toEqual(pki.auth.der.slice(0, 256));
  });
});

describe("PIN counters", () => {
  it("counts down 3 for the auth PIN, answers 63C0 on the last failure and 6984 after", () => {
    send(APDU.selectJpki);
    send(APDU.selectEf("0018"));
    expect(sw(APDU.verifyQuery)).toBe("63C3");
    expect(sw(APDU.verify("0000"))).toBe("63C2");
    expect(sw(APDU.verify("0000"))).toBe("63C1");
    expect(sw(APDU.verifyQuery)).toBe("63C1");
    expect(sw(APDU.verify("0000"))).toBe("63C0");
    expect(sw(APDU.verify("1234"))).toBe("6984");
    expect(sw(APDU.verifyQuery)).toBe("63C0");
    expect(card.triesLeft("auth")).toBe(0);
  });

  it("counts down 5 for the sign password, compares byte-exactly and resets on success", () => {
    send(APDU.selectJpki);
    send(APDU.selectEf("001B"));
    expect(sw(APDU.verifyQuery)).toBe("63C5");
    expect(sw(APDU.verify("abc123"))).toBe("63C4");
    expect(sw(APDU.verify("ABC12"))).toBe("63C3");
    expect(sw(APDU.verify("ABC123"))).toBe("9000");
    expect(card.triesLeft("sign")).toBe(5);
    expect(card.isVerified("sign")).toBe(true);
  });

  it("keeps counters across a reset and a new SELECT, but forgets verification", () => {
    send(APDU.selectJpki);
    send(APDU.selectEf("0018"));
    send(APDU.verify("9999"));
    send(APDU.verify("1234"));
    send(APDU.selectEf("0018"));
    expect(send(APDU.verify("9999")).sw).toBe("63C2");
    expect(sw(APDU.verify("1234"))).toBe("9000");
    send(APDU.selectEf("001B"));
    send(APDU.verify("ZZZ999"));
    card.reset();
    expect(card.isVerified("auth")).toBe(false);
    expect(card.triesLeft("sign")).toBe(4);
    send(APDU.selectJpki);
    send(APDU.selectEf("0018"));
    send(APDU.verify("1234"));
    send(APDU.selectJpki);
    expect(card.isVerified("auth")).toBe(false);
  });

  it("lets tests set counters and starts from the given ones", () => {
    card = new JpkiCardModel({ pki, triesLeft: { sign: 1 } });
    send(APDU.selectJpki);
    send(APDU.selectEf("001B"));
    expect(sw(APDU.verifyQuery)).toBe("63C1");
    card.setTriesLeft("sign", 0);
    expect(sw(APDU.verify("ABC123"))).toBe("6984");
    expect(() => card.setTriesLeft("auth", 4)).toThrow(RangeError);
  });

  it("changes a PIN only after verifying it", () => {
    send(APDU.selectJpki);
    send(APDU.selectEf("0018"));
    expect(sw("002401800435363738")).toBe("6982");
    send(APDU.verify("1234"));
    expect(sw("002401800435363738")).toBe("9000");
    send(APDU.selectJpki);
    send(APDU.selectEf("0018"));
    expect(sw(APDU.verify("1234"))).toBe("63C2");
    expect(sw(APDU.verify("5678"))).toBe("9000");
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
    const publicKey = new X509Certificate(pki.auth.der).publicKey;
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
    const publicKey = createPublicKey(pki.sign.pem);
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

describe("a card without a signing certificate (holder under 15)", () => {
  it("flags it in EF 0008 and has no EF 0001 or signing key", () => {
    card = new JpkiCardModel({ pki, hasSignCertificate: false });
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
    const file = readWholeFile();
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
      cas: { signCa: pki.signCa, authCa: pki.authCa },
      holder: { address, sex: "3" },
    });
    card = new JpkiCardModel({ pki: longPki });
    send(APDU.selectCardInfo);
    send(APDU.selectEf("0011"));
    send(APDU.verify("5678"));
    send(APDU.selectEf("0002"));
    const file = readWholeFile();
    expect(file.slice(0, 3)).toEqual(fromHex("FF2082"));
    expect(parseBasic4(file)).toMatchObject({ address, sex: "9" });
  });
});

describe("common AP and class / instruction errors", () => {
  it("returns the manufacture number at characters [2, 15) of the record value", () => {
    card = new JpkiCardModel({ pki, manufactureNumber: "ABCDEFGHIJKLM" });
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
    expect(card.apduLog.map((entry) => [entry.command, entry.sw])).toEqual([
      ["00A4040C0AD392F000260100000001", "9000"],
      ["00A4020C02FFFF", "6A82"],
    ]);
    expect(card.apduLog[0]?.ins).toBe(0xa4);
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
