// SPDX-License-Identifier: MIT
/**
 * A registration the user types in (the options page's add and edit form), for fleets registered before the
 * extension was installed: the mark, the UA (from a profile or as free text), the registration date and, when known,
 * the expiry date; left empty, the expiry is computed (registration date + 3 years − 1 day) and marked so. An entry
 * being edited keeps what the form does not show (owner, application id, deregistration, capture time).
 */
import { describeIssues } from "../../profiles/model/profiles-migrations";
import { computedExpiry } from "./registration-expiry";
import { RegistrationSchema, type Register, type Registration } from "./registrations";

/** What the form holds; texts as typed. */
export interface ManualRegistrationInput {
  readonly mark: string;
  readonly manufacturer: string;
  readonly model: string;
  readonly serialNumber: string;
  /** The UA profile the texts came from; null for free text. */
  readonly uaProfileId: string | null;
  /** ISO yyyy-mm-dd. */
  readonly registrationDate: string;
  /** ISO yyyy-mm-dd, or "" to compute it. */
  readonly expiryDate: string;
}

export type ManualRegistration = { ok: true; entry: Registration } | { ok: false; reasons: string[] };

/** The mark as typed, folded: full-width and lower-case letters are common when typed on a Japanese keyboard. */
export const foldMark = (mark: string) => mark.normalize("NFKC").trim().toUpperCase();

/**
 * The register entry for the form's input, or the reasons it is refused ("mark: …").
 *
 * @example manualRegistration({ mark: "ju1a2b3c4d5e", …, registrationDate: "2024-02-29", expiryDate: "" }, now)
 *   // { ok: true, entry: { mark: "JU1A2B3C4D5E", expiryDate: "2027-02-28", expirySource: "computed", … } }
 */
export function manualRegistration(
  input: ManualRegistrationInput,
  now: string,
  editing?: Registration,
): ManualRegistration {
  const expiryDate = input.expiryDate.trim();
  const parsed = RegistrationSchema.safeParse({
    mark: foldMark(input.mark),
    manufacturer: input.manufacturer,
    model: input.model,
    serialNumber: input.serialNumber,
    ownerProfileId: editing?.ownerProfileId ?? null,
    uaProfileId: input.uaProfileId,
    ...(editing?.applicationId === undefined ? {} : { applicationId: editing.applicationId }),
    registrationDate: input.registrationDate,
    expiryDate: expiryDate === "" ? safeComputedExpiry(input.registrationDate) : expiryDate,
    expirySource: expiryDate === "" ? "computed" : "page",
    deregistered: editing?.deregistered ?? false,
    capturedAt: editing?.capturedAt ?? now,
    updatedAt: now,
  });
  return parsed.success ? { ok: true, entry: parsed.data } : { ok: false, reasons: describeIssues(parsed.error) };
}

function safeComputedExpiry(registrationDate: string): string {
  try {
    return computedExpiry(registrationDate);
  } catch {
    return "";
  }
}

/**
 * The register with `entry` added, or replacing the entry `replacing` (the mark being edited, which may change); a
 * mark that another entry holds is refused.
 */
export function putRegistration(
  register: Register,
  entry: Registration,
  replacing: string | null,
): { ok: true; register: Register } | { ok: false; reasons: string[] } {
  if (entry.mark !== replacing && register.registrations.some((saved) => saved.mark === entry.mark)) {
    return { ok: false, reasons: [`mark: ${entry.mark} is already in the register`] };
  }
  const kept = register.registrations.filter((saved) => saved.mark !== replacing);
  const at = register.registrations.findIndex((saved) => saved.mark === replacing);
  const registrations = at < 0 ? [...kept, entry] : [...kept.slice(0, at), entry, ...kept.slice(at)];
  return { ok: true, register: { ...register, registrations } };
}
