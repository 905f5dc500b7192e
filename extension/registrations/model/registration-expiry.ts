// SPDX-License-Identifier: MIT
/**
 * Date arithmetic for the register of registrations: the computed expiry, the day renewal reminders
 * start, days left and the status. Dates are `yyyy-mm-dd` strings for a day in Japan; the arithmetic runs on UTC day
 * numbers, so the computer's own time zone never shifts a date.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Japan Standard Time is UTC+9 all year (no daylight saving since 1951). */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** Days since 1970-01-01 of a calendar date; a RangeError for anything else (2023-02-29, 2024-13-01, "today"). */
function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (match) {
    // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
    const ms = new Date(0).setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    if (Number.isFinite(ms) && dateOf(ms / DAY_MS) === date) return ms / DAY_MS;
  }
  throw new RangeError(`not a yyyy-mm-dd calendar date: ${date}`);
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The date `days` days after `date` (before it when negative).
 * @example addDays("2024-02-28", 1) // "2024-02-29"
 */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`not a whole number of days: ${days}`);
  return dateOf(dayNumber(date) + days);
}

/**
 * The last day of a registration's three years, when the page did not show it.
 *
 * The site counts the registration day as the first day of the period: a registration made on 2022-06-20 expires
 * on 2025-06-19. Periods in years run by the calendar and end on the day before the day of the last year
 * that corresponds to the first day (民法第143条第2項本文), so in general the expiry is the registration date
 * + 3 years − 1 day. When the last year has no corresponding day, the period ends on the last day of that month
 * (同項ただし書). Over three years that happens only to 29 February: registered 2024-02-29, the corresponding day
 * 2027-02-29 does not exist, so the registration expires at the end of February, on 2027-02-28, not on 2027-02-27
 * (which "clamp to 28 February, then subtract a day" would give). A registration made on 2024-03-01 also expires
 * on 2027-02-28; one made on 2025-03-01 expires on 2028-02-29.
 *
 * @example computedExpiry("2022-06-20") // "2025-06-19"
 * @example computedExpiry("2024-02-29") // "2027-02-28"
 */
export function computedExpiry(registrationDate: string): string {
  dayNumber(registrationDate);
  const year = Number(registrationDate.slice(0, 4)) + 3;
  const monthDay = registrationDate.slice(5);
  const lastYear = String(year).padStart(4, "0");
  if (monthDay === "02-29" && !isLeapYear(year)) return `${lastYear}-02-28`;
  return addDays(`${lastYear}-${monthDay}`, -1);
}

/**
 * The first day on which renewal reminders show: `leadDays` days before the expiry date, so that on that day
 * `daysLeft` is `leadDays`. (The reminder lead is the user's setting; it is not the legal renewal window.)
 * @example renewalWindowOpens("2025-06-19", 30) // "2025-05-20"
 */
export function renewalWindowOpens(expiryDate: string, leadDays: number): string {
  return addDays(expiryDate, -checkedLead(leadDays));
}

function checkedLead(leadDays: number): number {
  if (!Number.isInteger(leadDays) || leadDays < 0) throw new RangeError(`not a lead of whole days: ${leadDays}`);
  return leadDays;
}

/**
 * Whole days from `today` to the expiry date: 0 on the expiry date itself (still valid that whole day), negative
 * once it has passed.
 * @example daysLeft("2025-06-19", "2025-06-18") // 1
 */
export function daysLeft(expiryDate: string, today: string): number {
  return dayNumber(expiryDate) - dayNumber(today);
}

export type RegistrationStatus = "valid" | "renewal-open" | "expired" | "deregistered";

/**
 * Where a registration stands on `today`: deregistered (抹消) whatever its dates, expired after its expiry date,
 * renewal-open from `renewalWindowOpens` to the expiry date included, else valid.
 * @example registrationStatus({ expiryDate: "2025-06-19", deregistered: false }, "2025-06-01", 30) // "renewal-open"
 */
export function registrationStatus(
  entry: { readonly expiryDate: string; readonly deregistered: boolean },
  today: string,
  leadDays: number,
): RegistrationStatus {
  if (entry.deregistered) return "deregistered";
  const left = daysLeft(entry.expiryDate, today);
  if (left < 0) return "expired";
  return left <= checkedLead(leadDays) ? "renewal-open" : "valid";
}

/**
 * The date in Japan at an instant, as `yyyy-mm-dd`: the "today" the site's dates are written in, whatever time zone
 * the computer is set to.
 * @example dateInJapan(new Date("2025-06-19T15:00:00Z")) // "2025-06-20"
 */
export function dateInJapan(instant: Date): string {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError("not a valid instant");
  return new Date(ms + JST_OFFSET_MS).toISOString().slice(0, 10);
}
