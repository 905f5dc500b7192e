// SPDX-License-Identifier: MIT
/** One registration application as the practice server keeps it, from "Apply for registration" to completion. */
import type { Basic4, Basic4Field } from "../../../shared/basic4";
import type { Language } from "../i18n/language";
import type { ApplicationData } from "../model/application-data";

/**
 * - `awaiting-email`: the confirmation mail was sent; the page waits for its URL to be opened.
 * - `sign`: ① / ② — the page asks for the first electronic signature (mode 02).
 * - `resign`: ③ — the owner data were replaced with the card's; a second signature is needed.
 * - `authenticate`: ④ — user authentication (mode 01) over a challenge.
 * - `completed`, `discarded`: final.
 */
export type ApplicationState = "awaiting-email" | "sign" | "resign" | "authenticate" | "completed" | "discarded";

/** Who signed at ② / ③: ④ must come from the same card and installation. */
export interface SigningIdentity {
  readonly certificateSerial: string;
  readonly combinationCode: string;
  readonly uuid: string;
  readonly holder: Basic4;
}

export interface Application {
  readonly id: string;
  /** The wizard session (cookie) that made it; the status page lists a session's applications. */
  readonly sessionId: string;
  readonly lang: Language;
  readonly createdAt: Date;
  /** The data as the applicant entered them. */
  readonly entered: ApplicationData;
  /** The data being signed: the entered data, or after ③ the data with the card's facts. */
  data: ApplicationData;
  state: ApplicationState;
  /** Secret of the one-time confirmation URL; null once used. */
  emailToken: string | null;
  /** Real time (ms) of the page's last sign of life, for discarding abandoned applications. */
  lastSeenMs: number;
  /** The owner facts replaced at ③ (empty when ③ did not happen). */
  replacedFacts: Basic4Field[];
  signer: SigningIdentity | null;
  /** Issued when the fee is paid (DIPS-REG gives no mark before), one per UA in order. */
  registrationNumbers: string[];
  feeYen: number | null;
  completedAt: Date | null;
  /** Secret of the fee-payment link in the fee mail; null before completion and once paid. */
  paymentToken: string | null;
  /** When the fee was paid: the registration date of its UAs. */
  paidAt: Date | null;
  /** Why the application was discarded, when it was. */
  discardReason: "page-closed" | "abandoned" | "cancelled" | null;
}
