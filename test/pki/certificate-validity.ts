// SPDX-License-Identifier: MIT
/** A certificate's validity period. */
export interface Validity {
  readonly notBefore: Date;
  readonly notAfter: Date;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * The holder's 5th birthday after `issued`: when JPKI end-entity certificates expire (docs/ref/jpki-card.md §10.2).
 * A 29 February birthday falls on 1 March in other years.
 */
export function fifthBirthdayAfter(isoBirthDate: string, issued: Date): Date {
  const [, month = 1, day = 1] = isoBirthDate.split("-").map(Number);
  let year = issued.getUTCFullYear();
  if (Date.UTC(year, month - 1, day) <= issued.getTime()) year += 1;
  return new Date(Date.UTC(year + 4, month - 1, day));
}

/** Issued yesterday, valid until the 5th birthday after that. */
export function currentValidity(isoBirthDate: string, now: Date): Validity {
  const notBefore = new Date(now.getTime() - DAY_MS);
  return { notBefore, notAfter: fifthBirthdayAfter(isoBirthDate, notBefore) };
}

/** Issued a little over five years ago, so the 5th birthday after issue has passed at least a month ago. */
export function expiredValidity(isoBirthDate: string, now: Date): Validity {
  const notBefore = new Date(now.getTime() - (5 * 365 + 40) * DAY_MS);
  return { notBefore, notAfter: fifthBirthdayAfter(isoBirthDate, notBefore) };
}
