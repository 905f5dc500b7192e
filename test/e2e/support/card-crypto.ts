// SPDX-License-Identifier: MIT
/** Test-side checks of what the card returned: DigestInfo inputs and RSA PKCS#1 v1.5 signatures against certificates. */
import { constants, createHash, publicDecrypt, X509Certificate } from "node:crypto";

const SHA256_DIGEST_INFO_PREFIX = Buffer.from("3031300d060960864801650304020105000420", "hex");

/** base64 of the DER DigestInfo of SHA-256(text): what a site sends as `digest`. */
export function digestInfoBase64(text: string): string {
  return Buffer.concat([SHA256_DIGEST_INFO_PREFIX, createHash("sha256").update(text).digest()]).toString("base64");
}

/** The fingerprint the PIN window shows for a digest (first 8 bytes of SHA-256 of the DigestInfo, grouped hex). */
export function digestFingerprint(digestBase64: string): string {
  const hex = createHash("sha256").update(Buffer.from(digestBase64, "base64")).digest("hex").slice(0, 16);
  return `${hex.slice(0, 8)} ${hex.slice(8)}`;
}

/** Whether `signatureBase64` is the certificate key's PKCS#1 v1.5 signature of exactly the DigestInfo `digestBase64`. */
export function signatureMatches(certificateBase64: string, signatureBase64: string, digestBase64: string): boolean {
  const certificate = new X509Certificate(Buffer.from(certificateBase64, "base64"));
  const recovered = publicDecrypt(
    { key: certificate.publicKey, padding: constants.RSA_PKCS1_PADDING },
    Buffer.from(signatureBase64, "base64"),
  );
  return recovered.equals(Buffer.from(digestBase64, "base64"));
}

/** The UTF-8 text of a lower-case hex string (mode 04 fields). */
export function hexText(hex: string): string {
  return Buffer.from(hex, "hex").toString("utf8");
}
