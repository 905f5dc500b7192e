// SPDX-License-Identifier: MIT
/**
 * What a page may change in the register. Any page of an allowlisted origin can send a capture (an XSS, or a table
 * that merely looks like the status table), so the register takes from it only what a real DIPS-REG page could
 * show (docs/security.md, "register integrity"):
 * - an expiry the page showed at most 3 years after the later of the registration date and the saved expiry (a
 *   renewal adds 3 years to the old expiry; a real page never shows more), so a page cannot push an entry's expiry to
 *   2099 and silence its reminders;
 * - no registration date after today (in Japan);
 * - at most MAX_NEW_MARKS_PER_CAPTURE marks not yet in the register from one page, else nothing of that page, so a
 *   page cannot fill the register (5,000 entries) and block every later real capture with REGISTER_FULL.
 */
import { CompanionError } from "../../shared/errors/companion-error";
import { addDays, computedExpiry } from "./model/registration-expiry";
import type { Registration } from "./model/registrations";

/**
 * New marks one page may bring. A DIPS-REG completion page shows the UAs of one application and the status list
 * one account's registrations: a person has a few UAs and a business fleet tens. Above 100 the register keeps
 * nothing of the page and tells the user (REGISTER_CAPTURE_TOO_MANY); a real fleet that large still gets in, 100
 * at a time. At 100 a page that keeps resending needs 50 captures, each announced, to fill the register.
 */
export const MAX_NEW_MARKS_PER_CAPTURE = 100;

/** The latest expiry a page may show: 3 years after the later of the registration date and the saved expiry. */
export function latestPlausibleExpiry(entry: Registration, saved: Registration | undefined): string {
  const savedExpiry = saved?.expiryDate;
  const later =
    savedExpiry !== undefined && savedExpiry > entry.registrationDate ? savedExpiry : entry.registrationDate;
  // computedExpiry is 3 years less a day (the last day of the period); one more day is the date 3 years on.
  return addDays(computedExpiry(later), 1);
}

/** Whether `entry`'s page-shown expiry lies within latestPlausibleExpiry (a computed one always does). */
export function plausibleExpiry(entry: Registration, saved: Registration | undefined): boolean {
  return entry.expirySource !== "page" || entry.expiryDate <= latestPlausibleExpiry(entry, saved);
}

/**
 * The captured entries the register may take, given what it holds (`saved`; undefined while locked) and today in
 * Japan. Throws REGISTER_CAPTURE_TOO_MANY for a page with more than MAX_NEW_MARKS_PER_CAPTURE new marks.
 */
export function vetCapture(
  entries: readonly Registration[],
  saved: readonly Registration[] | undefined,
  today: string,
): Registration[] {
  const savedByMark = new Map((saved ?? []).map((entry) => [entry.mark, entry]));
  const fresh = entries.filter((entry) => !savedByMark.has(entry.mark)).length;
  if (fresh > MAX_NEW_MARKS_PER_CAPTURE) throw new CompanionError("REGISTER_CAPTURE_TOO_MANY");
  return entries.filter(
    (entry) => entry.registrationDate <= today && plausibleExpiry(entry, savedByMark.get(entry.mark)),
  );
}
