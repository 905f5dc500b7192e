// SPDX-License-Identifier: MIT
/** A certificate the card app returned, parsed once into the facts the site checks and records. */
import { X509Certificate } from "node:crypto";
import * as pkijs from "pkijs";
import type { Basic4 } from "../../../shared/basic4";
import { readBasic4 } from "./read-basic4";

export interface InspectedCertificate {
  readonly der: Buffer;
  readonly x509: X509Certificate;
  /** Upper-case hex, as recorded by the site. */
  readonly serialNumber: string;
  readonly subject: string;
  readonly issuer: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** From the subjectAltName; null for an authentication certificate. */
  readonly basic4: Basic4 | null;
}

/**
 * Parses base64 DER (padding optional, as the card app omits it).
 * @throws Error when the text is not a certificate.
 */
export function inspectCertificate(base64Der: string): InspectedCertificate {
  const der = Buffer.from(base64Der, "base64");
  const x509 = new X509Certificate(der);
  const parsed = pkijs.Certificate.fromBER(der);
  return {
    der,
    x509,
    serialNumber: x509.serialNumber.toUpperCase(),
    subject: x509.subject,
    issuer: x509.issuer,
    notBefore: parsed.notBefore.value,
    notAfter: parsed.notAfter.value,
    basic4: readBasic4(parsed),
  };
}
