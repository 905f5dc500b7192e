// SPDX-License-Identifier: MIT
/**
 * Register entries from what a page showed (extension/protocol/registration-capture.ts): the page's dates, the expiry
 * computed from the registration date when the page showed none (marked `computed`). A row without a registration
 * date is left out rather than given an invented one. The UA profile is matched by serial number; none matched is
 * kept. The owner is left for the user to choose: a list of registered UAs does not say which saved owner it is.
 */
import type { RegistrationsSeen } from "../protocol/registration-capture";
import { computedExpiry } from "./model/registration-expiry";
import { RegistrationSchema, type Registration } from "./model/registrations";

export interface CaptureContext {
  /** Now, ISO 8601 in UTC. */
  readonly now: string;
  /** The UA profiles (the user's and the policy's), for matching by serial number. */
  readonly uas: readonly { readonly id: string; readonly serialNumber: string }[];
}

const sameSerial = (a: string, b: string) => a.normalize("NFKC").toUpperCase() === b.normalize("NFKC").toUpperCase();

export function entriesFromSeen(seen: RegistrationsSeen, context: CaptureContext): Registration[] {
  return seen.registrations.flatMap((shown) => {
    const registrationDate = shown.registrationDate;
    if (registrationDate === undefined) return [];
    const entry = RegistrationSchema.safeParse({
      mark: shown.mark,
      manufacturer: shown.manufacturer,
      model: shown.model,
      serialNumber: shown.serialNumber,
      ownerProfileId: null,
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
