// SPDX-License-Identifier: MIT
import type { CertificateProblem } from "../pki/verify-card-response";

/** Why the server refused a step; each has a message in the site's languages (i18n/refusal-messages.ts). */
export type Refusal =
  | CertificateProblem
  | "no-basic4"
  | "signature-count"
  | "challenge-expired"
  | "challenge-used"
  | "challenge-unknown"
  | "different-card"
  | "wrong-state";
