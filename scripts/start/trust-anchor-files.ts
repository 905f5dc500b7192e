// SPDX-License-Identifier: MIT
/** `--ca FILE` for `--card reader`: JPKI CA certificates (PEM or DER), sorted into signing and authentication CAs. */
import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import type { TrustAnchors } from "../../test/site/flow/identity-verification";

export function readTrustAnchors(files: readonly string[]): TrustAnchors {
  const sign: Buffer[] = [];
  const auth: Buffer[] = [];
  for (const file of files) {
    const certificate = new X509Certificate(readFileSync(file));
    const der = certificate.raw;
    if (/digital signature/i.test(certificate.subject)) sign.push(der);
    else if (/user authentication/i.test(certificate.subject)) auth.push(der);
    else throw new Error(`${file}: not a JPKI CA certificate (subject ${certificate.subject})`);
  }
  return { sign, auth };
}
