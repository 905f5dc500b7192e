// SPDX-License-Identifier: MIT
/**
 * What the real server must check before it trusts a signature from the card app: the certificate chains to the
 * JPKI CA of its kind (signing or authentication), it is valid now (on the site's clock), and the signature over
 * the expected bytes verifies with its key (RSASSA-PKCS1-v1_5 with SHA-256 — the card pads the DigestInfo of the
 * SHA-256 of those bytes, docs/ref/jpki-card.md §6).
 */
import { X509Certificate, verify } from "node:crypto";
import type { Clock } from "../clock";
import { inspectCertificate, type InspectedCertificate } from "./inspect-certificate";

export type CertificateProblem = "malformed" | "untrusted" | "expired" | "not-yet-valid" | "bad-signature";

export type CardResponseCheck =
  | { ok: true; certificate: InspectedCertificate }
  | { ok: false; problem: CertificateProblem; certificate?: InspectedCertificate };

/** Whether `certificate` was issued and signed by one of `anchors` (DER). */
function chainsTo(certificate: X509Certificate, anchors: readonly Buffer[]): boolean {
  return anchors.some((der) => {
    const anchor = new X509Certificate(der);
    return certificate.checkIssued(anchor) && certificate.verify(anchor.publicKey);
  });
}

export function verifyCardResponse(input: {
  certificateBase64: string;
  signatureBase64: string;
  signedBytes: Uint8Array;
  anchors: readonly Buffer[];
  clock: Clock;
}): CardResponseCheck {
  let certificate: InspectedCertificate;
  try {
    certificate = inspectCertificate(input.certificateBase64);
  } catch {
    return { ok: false, problem: "malformed" };
  }
  if (!chainsTo(certificate.x509, input.anchors)) return { ok: false, problem: "untrusted", certificate };
  const now = input.clock.now().getTime();
  if (now > certificate.notAfter.getTime()) return { ok: false, problem: "expired", certificate };
  if (now < certificate.notBefore.getTime()) return { ok: false, problem: "not-yet-valid", certificate };
  const signature = Buffer.from(input.signatureBase64, "base64");
  let valid = false;
  try {
    valid = verify("sha256", input.signedBytes, certificate.x509.publicKey, signature);
  } catch {
    valid = false;
  }
  return valid ? { ok: true, certificate } : { ok: false, problem: "bad-signature", certificate };
}
