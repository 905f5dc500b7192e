// SPDX-License-Identifier: MIT
/**
 * Register entries from what a page showed (shared/protocol/registration-capture.ts): the page's dates where it
 * showed them, else — on the completion page only, which shows none — the day the page was shown as the
 * registration date and the expiry computed from it (marked `computed`). A status row without a registration date
 * is left out rather than given an invented one. The UA profile is matched by serial number; none matched is kept.
 */
import type { RegistrationsSeen } from "../../shared/protocol/registration-capture";
import { computedExpiry } from "../../shared/registration-expiry";
import { RegistrationSchema, type Registration } from "../../shared/registrations";

export interface CaptureContext {
  /** Today in Japan, yyyy-mm-dd. */
  readonly today: string;
  /** Now, ISO 8601 in UTC. */
  readonly now: string;
  /** The owner profile last used to prefill the tab (completion page), else null. */
  readonly ownerProfileId: string | null;
  /** The UA profiles (the user's and the policy's), for matching by serial number. */
  readonly uas: readonly { readonly id: string; readonly serialNumber: string }[];
}

const sameSerial = (a: string, b: string) => a.normalize("NFKC").toUpperCase() === b.normalize("NFKC").toUpperCase();

export function entriesFromSeen(seen: RegistrationsSeen, context: CaptureContext): Registration[] {
  return seen.registrations.flatMap((shown) => {
    const registrationDate = shown.registrationDate ?? (seen.page === "completion" ? context.today : undefined);
    if (registrationDate === undefined) return [];
    const entry = RegistrationSchema.safeParse({
      mark: shown.mark,
      manufacturer: shown.manufacturer,
      model: shown.model,
      serialNumber: shown.serialNumber,
      ownerProfileId: seen.page === "completion" ? context.ownerProfileId : null,
      uaProfileId: context.uas.find((ua) => sameSerial(ua.serialNumber, shown.serialNumber))?.id ?? null,
      ...(shown.applicationId === undefined ? {} : { applicationId: shown.applicationId }),
      registrationDate,
      expiryDate: shown.expiryDate ?? computedExpiry(registrationDate),
      expirySource: shown.expiryDate === undefined ? "computed" : "page",
      deregistered: false,
      capturedAt: context.now,
      updatedAt: context.now,
    });
    return entry.success ? [entry.data] : [];
  });
}
