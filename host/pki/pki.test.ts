// SPDX-License-Identifier: MIT
import { constants, createHash, generateKeyPairSync, privateEncrypt, X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
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

  it("checks a card's signature even when OpenSSL would refuse the certificate (serial with a needless 00)", async () => {
    const { der, privateKey } = await selfSignedWithSerial([0x00, 0x10, 0x20, 0x30]);
    expect(() => new X509Certificate(der)).toThrow();
    const certificate = await ParsedCertificate.parse(der);
    const digestInfoOf = (text: string): Buffer =>
      Buffer.concat([
        Buffer.from("3031300d060960864801650304020105000420", "hex"),
        createHash("sha256").update(text).digest(),
      ]);
    const signature = privateEncrypt({ key: privateKey, padding: constants.RSA_PKCS1_PADDING }, digestInfoOf("a"));
    expect(certificate.signs(digestInfoOf("a"), signature)).toBe(true);
    expect(certificate.signs(digestInfoOf("b"), signature)).toBe(false);
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

/** A self-signed RSA certificate whose serial number is exactly `serial` (no DER minimisation). */
async function selfSignedWithSerial(serial: number[]): Promise<{ der: Buffer; privateKey: string }> {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "der" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
  const crypto = new pkijs.CryptoEngine({ name: "node", crypto: globalThis.crypto });
  const signingKey = await globalThis.crypto.subtle.importKey(
    "pkcs8",
    Buffer.from(privateKey.replace(/-----[^-]+-----|\s/g, ""), "base64"),
    { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  certificate.serialNumber = new asn1js.Integer({ valueHex: new Uint8Array(serial).buffer });
  const name = new pkijs.RelativeDistinguishedNames({
    typesAndValues: [
      new pkijs.AttributeTypeAndValue({ type: "2.5.4.3", value: new asn1js.Utf8String({ value: "T" }) }),
    ],
  });
  certificate.issuer = name;
  certificate.subject = name;
  certificate.notBefore.value = new Date("2026-01-01T00:00:00Z");
  certificate.notAfter.value = new Date("2031-01-01T00:00:00Z");
  certificate.subjectPublicKeyInfo = pkijs.PublicKeyInfo.fromBER(publicKey);
  await certificate.sign(signingKey, "SHA-256", crypto);
  return { der: Buffer.from(certificate.toSchema().toBER()), privateKey };
}
