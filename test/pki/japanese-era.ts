// SPDX-License-Identifier: MIT
/**
 * First day of each modern Japanese era with its JPKI era code (docs/ref/jpki-card.md §10.3: 1 明治 … 5 令和, 0 unknown).
 * Newest first, so the first era starting on or before a date is the one the date belongs to.
 */
const ERAS: readonly { readonly code: string; readonly firstDay: string }[] = [
  { code: "5", firstDay: "2019-05-01" },
  { code: "4", firstDay: "1989-01-08" },
  { code: "3", firstDay: "1926-12-25" },
  { code: "2", firstDay: "1912-07-30" },
  { code: "1", firstDay: "1868-01-25" },
];

/** The era code for an ISO date `YYYY-MM-DD` (ISO dates compare correctly as strings). */
export function eraCodeOf(isoDate: string): string {
  return ERAS.find((era) => era.firstDay <= isoDate)?.code ?? "0";
}

/**
 * The certificate's birth-date value `EYYYYMMDD`: era code, then the Gregorian date.
 * @example certificateBirthDate("1990-04-01") // "419900401"
 */
export function certificateBirthDate(isoDate: string): string {
  return eraCodeOf(isoDate) + isoDate.replaceAll("-", "");
}
