// SPDX-License-Identifier: MIT
import { CompanionError } from "../../shared/errors/companion-error";
import type { ParsedCertificate } from "./certificate";

/** Refuses a certificate outside its validity period: CERT_EXPIRED or CERT_NOT_YET_VALID. */
export function assertValidAt(certificate: ParsedCertificate, now: Date): void {
  if (now.getTime() > certificate.notAfter.getTime()) throw new CompanionError("CERT_EXPIRED");
  if (now.getTime() < certificate.notBefore.getTime()) throw new CompanionError("CERT_NOT_YET_VALID");
}

/** Refuses a certificate that its card's CA certificate did not sign: CERT_INVALID. */
export async function assertIssuedBy(certificate: ParsedCertificate, ca: ParsedCertificate): Promise<void> {
  if (!(await certificate.isSignedBy(ca))) throw new CompanionError("CERT_INVALID");
}

/** Validity dates for `status`, with whether the certificate is usable now. */
export function validityOf(
  certificate: ParsedCertificate,
  now: Date,
): { notBefore: string; notAfter: string; valid: boolean } {
  const { notBefore, notAfter } = certificate;
  return {
    notBefore: notBefore.toISOString(),
    notAfter: notAfter.toISOString(),
    valid: now.getTime() >= notBefore.getTime() && now.getTime() <= notAfter.getTime(),
  };
}
