// SPDX-License-Identifier: MIT
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { authorityKeyIdentifierExtension, subjectKeyIdentifierExtension } from "./certificate-extensions";
import { buildName, type NameAttribute } from "./distinguished-name";

/** WebCrypto of Node, given to PKI.js explicitly so nothing depends on a global engine. */
export const pkiCrypto = new pkijs.CryptoEngine({ name: "node", crypto: globalThis.crypto });

/** Everything that differs between the certificates of the test PKI. */
export interface CertificateRequest {
  readonly subject: readonly NameAttribute[];
  readonly issuer: readonly NameAttribute[];
  readonly subjectPublicKey: CryptoKey;
  /** The issuer's key; equal to the subject's for a self-signed CA. */
  readonly issuerPrivateKey: CryptoKey;
  readonly issuerPublicKey: CryptoKey;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** Extensions besides the key identifiers, which are always added. */
  readonly extensions: readonly pkijs.Extension[];
}

/** RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits. */
async function keyIdentifier(publicKey: CryptoKey): Promise<ArrayBuffer> {
  const spki = new pkijs.PublicKeyInfo();
  await spki.importKey(publicKey, pkiCrypto);
  return globalThis.crypto.subtle.digest("SHA-1", new Uint8Array(spki.subjectPublicKey.valueBlock.valueHexView));
}

/**
 * A positive 16-byte serial number in minimal DER: the first byte is 0x01–0x7f, so the INTEGER stays positive and
 * has no leading zero byte (OpenSSL refuses such a certificate: one in 256 random serials did before).
 */
export function serialNumberFrom(random: Uint8Array): asn1js.Integer {
  const bytes = new Uint8Array(random);
  bytes[0] = ((bytes[0] ?? 0) % 0x7f) + 1;
  return new asn1js.Integer({ valueHex: bytes.buffer });
}

/** UTCTime through 2049, GeneralizedTime from 2050 (RFC 5280 §4.1.2.5). */
function x509Time(date: Date): pkijs.Time {
  const type = date.getUTCFullYear() < 2050 ? pkijs.TimeType.UTCTime : pkijs.TimeType.GeneralizedTime;
  return new pkijs.Time({ type, value: date });
}

/** Issues an X.509 v3 certificate signed sha256WithRSAEncryption; returns its DER. */
export async function issueCertificate(request: CertificateRequest): Promise<Uint8Array<ArrayBuffer>> {
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  certificate.serialNumber = serialNumberFrom(globalThis.crypto.getRandomValues(new Uint8Array(16)));
  certificate.issuer = buildName(request.issuer);
  certificate.subject = buildName(request.subject);
  certificate.notBefore = x509Time(request.notBefore);
  certificate.notAfter = x509Time(request.notAfter);
  await certificate.subjectPublicKeyInfo.importKey(request.subjectPublicKey, pkiCrypto);
  certificate.extensions = [
    ...request.extensions,
    subjectKeyIdentifierExtension(await keyIdentifier(request.subjectPublicKey)),
    authorityKeyIdentifierExtension(await keyIdentifier(request.issuerPublicKey)),
  ];
  await certificate.sign(request.issuerPrivateKey, "SHA-256", pkiCrypto);
  return new Uint8Array(certificate.toSchema().toBER());
}
