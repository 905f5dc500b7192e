// SPDX-License-Identifier: MIT
/**
 * Which registrations the reminders concern on a given day: those in their renewal window (status `renewal-open`:
 * from `leadDays` before the expiry to the expiry day), soonest first; and of those, which get a notification today
 * — at most one a day per registration, judged by the day each was last notified.
 */
import { daysLeft, registrationStatus } from "./model/registration-expiry";
import type { Register, Registration } from "./model/registrations";

/** Registrations made in the advance-registration period (before 2022-06-20) were exempt from Remote ID. */
export const REMOTE_ID_EXEMPTION_BEFORE = "2022-06-20";

export function dueForRenewal(register: Register, today: string, leadDays: number): Registration[] {
  return register.registrations
    .filter((entry) => registrationStatus(entry, today, leadDays) === "renewal-open")
    .sort((a, b) => daysLeft(a.expiryDate, today) - daysLeft(b.expiryDate, today) || a.mark.localeCompare(b.mark));
}

/** Of `due`, those not yet notified today; `lastNotified(mark)` is the day it last was (undefined: never). */
export function toNotifyToday(
  due: readonly Registration[],
  today: string,
  lastNotified: (mark: string) => string | undefined,
): Registration[] {
  return due.filter((entry) => lastNotified(entry.mark) !== today);
}

/** Whether a lapse would also cost the UA its Remote ID exemption (registered in the advance period). */
export const hadRemoteIdExemption = (entry: Registration): boolean =>
  entry.registrationDate < REMOTE_ID_EXEMPTION_BEFORE;
