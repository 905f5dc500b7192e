// SPDX-License-Identifier: MIT
import { X509Certificate, createPublicKey, createVerify } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTestPki, type TestPki } from "./build-test-pki";
import { pkiCrypto, serialNumberFrom } from "./issue-certificate";
import { JPKI_PERSONAL_DATA_OID, OID } from "./oids";
import { fromPem } from "./pem";
import { createTestCas, type TestCas } from "./test-ca-store";

/** otherName values of the subjectAltName, decoded independently of how they were built. */
function otherNames(der: Uint8Array<ArrayBuffer>): Map<string, string> {
  const certificate = pkijs.Certificate.fromBER(der);
  const san = certificate.extensions?.find((extension) => extension.extnID === OID.subjectAltName);
  if (!san) return new Map();
  const sequence = asn1js.fromBER(san.extnValue.valueBlock.valueHexView).result as asn1js.Sequence;
  const result = new Map<string, string>();
  for (const entry of sequence.valueBlock.value as asn1js.Constructed[]) {
    expect(entry.idBlock.tagClass).toBe(3);
    expect(entry.idBlock.tagNumber).toBe(0);
    const [typeId, wrapper] = entry.valueBlock.value as [asn1js.ObjectIdentifier, asn1js.Constructed];
    const [value] = wrapper.valueBlock.value as [asn1js.Utf8String];
    expect(value).toBeInstanceOf(asn1js.Utf8String);
    result.set(typeId.valueBlock.toString(), value.valueBlock.value);
  }
  return result;
}

/** RSA-2048 key generation can take seconds on a busy two-core machine. */
const KEYGEN_TIMEOUT_MS = 60_000;

describe("buildTestPki", { timeout: KEYGEN_TIMEOUT_MS }, () => {
  let cas: TestCas;
  let pki: TestPki;
  beforeAll(async () => {
    cas = await createTestCas();
    pki = await buildTestPki({ cas });
  }, KEYGEN_TIMEOUT_MS);

  it("issues a signing certificate with the JPKI profile and the basic 4 facts", () => {
    const x509 = new X509Certificate(pki.sign.der);
    expect(x509.subject).toBe("C=JP\nL=Tokyo-to\nL=Chiyoda-ku\nCN=" + x509.subject.split("CN=")[1]);
    expect(x509.issuer).toContain("O=JPKI-TEST");
    expect(x509.issuer).toContain("OU=JPKI for digital signature");
    expect(x509.checkIssued(new X509Certificate(pki.signCa.der))).toBe(true);
    expect(x509.verify(new X509Certificate(pki.signCa.der).publicKey)).toBe(true);
    const key = x509.publicKey.export({ format: "jwk" });
    expect(key.e).toBe("AQAB");
    expect(Buffer.from(key.n ?? "", "base64url")).toHaveLength(256);
    const names = otherNames(pki.sign.der);
    expect(names.get(JPKI_PERSONAL_DATA_OID.name)).toBe("見本\u3000花子");
    expect(names.get(JPKI_PERSONAL_DATA_OID.nameSubstitution)).toBe("00000");
    expect(names.get(JPKI_PERSONAL_DATA_OID.sex)).toBe("2");
    expect(names.get(JPKI_PERSONAL_DATA_OID.birthDate)).toBe("419900401");
    expect(names.get(JPKI_PERSONAL_DATA_OID.address)).toBe("東京都千代田区霞が関見本町１－２－３");
    expect(names.get(JPKI_PERSONAL_DATA_OID.addressSubstitution)).toBe("0".repeat(18));
  });

  it("marks key usage, policy and algorithm as on real cards", () => {
    const sign = pkijs.Certificate.fromBER(pki.sign.der);
    const auth = pkijs.Certificate.fromBER(pki.auth.der);
    const keyUsage = (certificate: pkijs.Certificate) => {
      const extension = certificate.extensions?.find((e) => e.extnID === OID.keyUsage);
      expect(extension?.critical).toBe(true);
      return Buffer.from(extension?.extnValue.valueBlock.valueHexView ?? []).toString("hex");
    };
    expect(keyUsage(sign)).toBe("030206c0"); // digitalSignature + nonRepudiation
    expect(keyUsage(auth)).toBe("03020780"); // digitalSignature
    expect(sign.signatureAlgorithm.algorithmId).toBe("1.2.840.113549.1.1.11");
    const policy = sign.extensions?.find((e) => e.extnID === OID.certificatePolicies);
    expect(policy?.critical).toBe(true);
    expect(Buffer.from(policy?.extnValue.valueBlock.valueHexView ?? []).toString("hex")).toContain(
      "060b2a83088c9b55080501001", // 1.2.392.200149.8.5.1.0.20 (prefix)
    );
  });

  it("gives the auth certificate no personal data and chains it to the auth CA", () => {
    const x509 = new X509Certificate(pki.auth.der);
    expect(x509.subject).toMatch(/^C=JP\nCN=T\d{22}$/);
    expect(x509.verify(new X509Certificate(pki.authCa.der).publicKey)).toBe(true);
    expect(x509.verify(new X509Certificate(pki.signCa.der).publicKey)).toBe(false);
    expect(otherNames(pki.auth.der).size).toBe(0);
  });

  it("chains with PKI.js too, and the CAs are self-signed CA certificates", async () => {
    const engine = new pkijs.CertificateChainValidationEngine({
      trustedCerts: [pkijs.Certificate.fromBER(pki.signCa.der)],
      certs: [pkijs.Certificate.fromBER(pki.sign.der)],
    });
    const result = await engine.verify({}, pkiCrypto);
    expect(result.result).toBe(true);
    const ca = new X509Certificate(pki.signCa.der);
    expect(ca.ca).toBe(true);
    expect(ca.subject).toBe(ca.issuer);
  });

  it("exports extractable keys whose private half signs for the certificate", async () => {
    const pkcs8 = await globalThis.crypto.subtle.exportKey("pkcs8", pki.sign.privateKey);
    const signature = await globalThis.crypto.subtle.sign("RSASSA-PKCS1-v1_5", pki.sign.privateKey, pkcs8);
    const verifier = createVerify("sha256").update(Buffer.from(pkcs8));
    expect(verifier.verify(createPublicKey(pki.sign.pem), Buffer.from(signature))).toBe(true);
    expect(fromPem(pki.sign.pem)).toEqual(pki.sign.der);
  });

  it("builds an expired variant and honours holder overrides", async () => {
    const now = new Date("2026-06-01T00:00:00Z");
    const expired = await buildTestPki({
      cas,
      expired: true,
      now,
      holder: { name: "試験\u3000太郎", sex: "1", birthDate: "1950-02-10" },
    });
    for (const certificate of [expired.sign, expired.auth]) {
      const x509 = new X509Certificate(certificate.der);
      expect(new Date(x509.validTo).getTime()).toBeLessThan(now.getTime());
      expect(new Date(x509.validTo).toISOString().slice(5, 10)).toBe("02-10");
    }
    const names = otherNames(expired.sign.der);
    expect(names.get(JPKI_PERSONAL_DATA_OID.name)).toBe("試験\u3000太郎");
    expect(names.get(JPKI_PERSONAL_DATA_OID.birthDate)).toBe("319500210");
    expect(names.get(JPKI_PERSONAL_DATA_OID.sex)).toBe("1");
  });

  it("uses explicit validities as given", async () => {
    const signValidity = { notBefore: new Date("2024-01-01T00:00:00Z"), notAfter: new Date("2060-01-01T00:00:00Z") };
    const custom = await buildTestPki({ cas, signValidity });
    const x509 = new X509Certificate(custom.sign.der);
    expect(new Date(x509.validFrom).toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(new Date(x509.validTo).toISOString()).toBe("2060-01-01T00:00:00.000Z");
  });
});

describe("serialNumberFrom", () => {
  it("gives a positive INTEGER in minimal DER whatever the first random byte (OpenSSL refuses a needless 00)", () => {
    for (const first of [0x00, 0x01, 0x7e, 0x7f, 0x80, 0xfe, 0xff]) {
      const random = new Uint8Array(16).fill(0x10);
      random[0] = first;
      const der = new Uint8Array(serialNumberFrom(random).toBER());
      expect(der.slice(0, 2)).toEqual(new Uint8Array([0x02, 16]));
      expect(der[2]).toBeGreaterThanOrEqual(0x01);
      expect(der[2]).toBeLessThanOrEqual(0x7f);
      expect(der.slice(3)).toEqual(random.slice(1));
    }
  });
});
