// SPDX-License-Identifier: MIT
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ParsedCertificate } from "./certificate";
import { assertIssuedBy, assertValidAt, validityOf } from "./certificate-checks";
import { personalDataOf } from "./personal-data";

/** DER made once with test/pki (fresh test CAs, validity 2025-04-01 to 2030-04-01, holder 見本 花子). */
const fixture = (name: string): Promise<ParsedCertificate> =>
  ParsedCertificate.parse(readFileSync(new URL(`./test-fixtures/${name}.der`, import.meta.url)));

describe("certificate checks", () => {
  it("accepts a certificate inside its validity and refuses one outside it", async () => {
    const auth = await fixture("auth");
    expect(() => assertValidAt(auth, new Date("2027-01-01T00:00:00Z"))).not.toThrow();
    expect(() => assertValidAt(auth, new Date("2030-04-02T00:00:00Z"))).toThrow(/CERT_EXPIRED/);
    expect(() => assertValidAt(auth, new Date("2025-03-31T00:00:00Z"))).toThrow(/CERT_NOT_YET_VALID/);
    expect(validityOf(auth, new Date("2031-01-01T00:00:00Z"))).toEqual({
      notBefore: "2025-04-01T00:00:00.000Z",
      notAfter: "2030-04-01T00:00:00.000Z",
      valid: false,
    });
  });

  it("verifies the chain to the card's CA and refuses another CA", async () => {
    const sign = await fixture("sign");
    await expect(assertIssuedBy(sign, await fixture("sign-ca"))).resolves.toBeUndefined();
    await expect(assertIssuedBy(sign, await fixture("auth-ca"))).rejects.toThrow(/CERT_INVALID/);
    await expect(assertIssuedBy(sign, await fixture("other-sign-ca"))).rejects.toThrow(/CERT_INVALID/);
  });

  it("refuses bytes that are not a certificate", async () => {
    await expect(ParsedCertificate.parse(Buffer.from("3003020101", "hex"))).rejects.toThrow(/CERT_INVALID/);
  });
});

describe("personalDataOf", () => {
  it("extracts the basic 4 facts from the signing certificate's subjectAltName", async () => {
    expect(personalDataOf(await fixture("sign"))).toEqual({
      name: "見本\u3000花子",
      address: "東京都千代田区霞が関見本町１－２－３",
      birthDate: "1990-04-01",
      sex: "2",
    });
  });

  it("refuses a certificate without them (the authentication certificate)", async () => {
    const auth = await fixture("auth");
    expect(() => personalDataOf(auth)).toThrow(/CERT_INVALID/);
  });
});
