// SPDX-License-Identifier: MIT
/**
 * Dates as Japanese pages write them, read into ISO yyyy-mm-dd: 2027/02/28, 2027-2-28, 2027.02.28, 2027年2月28日,
 * 2027年02月28日 and the era form 令和9年2月28日 (令和元年 = 2019), full-width digits included. A day that does not
 * exist (2027/02/30) is no date.
 */

/** The first year of each era the register can meet, minus one (令和 n = 2018 + n). */
const ERAS: Readonly<Record<string, number>> = { 令和: 2018, 平成: 1988 };

const WESTERN = /(\d{4})\s*[/.年-]\s*(\d{1,2})\s*[/.月-]\s*(\d{1,2})\s*日?/gu;
const ERA = /(令和|平成)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * Every date in `shown`, in the order written (a 有効期間 cell such as `2024/03/01～2027/02/28` gives two).
 *
 * @example readShownDates("令和6年3月1日～令和9年2月28日") // ["2024-03-01", "2027-02-28"]
 */
export function readShownDates(shown: string): string[] {
  const text = shown.normalize("NFKC");
  const found: { at: number; date: string }[] = [];
  for (const match of text.matchAll(WESTERN)) {
    const date = isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
    if (date !== undefined) found.push({ at: match.index, date });
  }
  for (const match of text.matchAll(ERA)) {
    const year = (ERAS[match[1] ?? ""] ?? 0) + (match[2] === "元" ? 1 : Number(match[2]));
    const date = isoDate(year, Number(match[3]), Number(match[4]));
    if (date !== undefined) found.push({ at: match.index, date });
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.date);
}

/** The first date in `shown`, or undefined when it holds none. */
export function readShownDate(shown: string): string | undefined {
  return readShownDates(shown)[0];
}
