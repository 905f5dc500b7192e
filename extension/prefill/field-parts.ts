// SPDX-License-Identifier: MIT
/**
 * Fields a page splits over several controls: the postal code as 3 + 4 digits, the phone in three parts, the birth
 * date as year / month / day (with an era for 和暦). A part is named by the words next to the control ("年", "市外局番",
 * "前半") or, failing that, by its place among the controls of the same field in one row. The value of each part is
 * cut from the saved value here; when it cannot be cut with certainty the part is left empty.
 */
import type { FieldKey } from "./field-synonyms";

export type FieldPart = "1" | "2" | "3" | "4" | "era" | "year" | "month" | "day";

/** Parts by their place, for a field found `count` times in one row. */
const BY_PLACE: Partial<Record<FieldKey, Readonly<Record<number, readonly FieldPart[]>>>> = {
  postalCode: { 2: ["1", "2"] },
  phone: { 3: ["1", "2", "3"] },
  birthDate: { 3: ["year", "month", "day"], 4: ["era", "year", "month", "day"] },
};

/** The parts of a field found `count` times in one row, by place; undefined when the count does not fit. */
export function partsByPlace(key: FieldKey, count: number): readonly FieldPart[] | undefined {
  return BY_PLACE[key]?.[count];
}

/** A word next to a control that names a part (normalized text → part). */
const PART_WORDS: Readonly<Record<string, FieldPart>> = {
  年: "year",
  year: "year",
  yyyy: "year",
  月: "month",
  month: "month",
  mm: "month",
  日: "day",
  day: "day",
  dd: "day",
  元号: "era",
  和暦: "era",
  era: "era",
  市外局番: "1",
  市内局番: "2",
  加入者番号: "3",
  前半: "1",
  上3桁: "1",
  後半: "2",
  下4桁: "2",
};

/** The part a short text names ("年" → year, "市外局番" → 1), if it is one of those words. */
export function partFromWord(normalized: string): FieldPart | undefined {
  return PART_WORDS[normalized];
}

const ERAS: readonly { names: readonly string[]; from: string }[] = [
  { names: ["令和", "R", "Reiwa", "令"], from: "2019-05-01" },
  { names: ["平成", "H", "Heisei", "平"], from: "1989-01-08" },
  { names: ["昭和", "S", "Showa", "昭"], from: "1926-12-25" },
  { names: ["大正", "T", "Taisho", "大"], from: "1912-07-30" },
  { names: ["明治", "M", "Meiji", "明"], from: "1868-10-23" },
];

/** The Japanese era of an ISO date and the year within it ("1980-04-01" → 昭和, 55). */
export function japaneseEra(iso: string): { names: readonly string[]; year: number } | undefined {
  const era = ERAS.find((candidate) => iso >= candidate.from);
  return era ? { names: era.names, year: Number(iso.slice(0, 4)) - Number(era.from.slice(0, 4)) + 1 } : undefined;
}

/** A number with the spellings a select may use for it: 4 → 4, 04, 4月. */
const numberChoices = (n: number, unit: string): string[] => [String(n), String(n).padStart(2, "0"), `${n}${unit}`];

/** "+81-45-123-4567" → ["045", "123", "4567"]; undefined unless it is three groups of digits. */
function phoneParts(phone: string): string[] | undefined {
  const domestic = phone.trim().replace(/^\+81[-\s]?/u, "0");
  const parts = domestic.split(/[-\s()]+/u).filter((part) => part !== "");
  return parts.length === 3 && parts.every((part) => /^\d+$/u.test(part)) ? parts : undefined;
}

/**
 * The value (and select spellings) of one part of a saved value, or undefined when the value cannot be cut with
 * certainty. `withEra` says whether the birth date's year sits next to an era control (then it is the era's year).
 */
export function partValue(
  key: FieldKey,
  part: FieldPart,
  value: string,
  withEra: boolean,
): { value: string; choices: string[] } | undefined {
  const one = (text: string | undefined) => (text === undefined ? undefined : { value: text, choices: [text] });
  if (key === "postalCode") {
    const digits = value.replace(/\D/gu, "");
    if (digits.length !== 7) return undefined;
    return one(part === "1" ? digits.slice(0, 3) : part === "2" ? digits.slice(3) : undefined);
  }
  if (key === "phone") {
    const index = Number(part) - 1;
    return one(phoneParts(value)?.[index]);
  }
  if (key === "birthDate") {
    const match = /^(\d{4})\D(\d{1,2})\D(\d{1,2})$/u.exec(value.trim());
    if (!match) return undefined;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const iso = `${match[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const era = japaneseEra(iso);
    if (part === "era") return era ? { value: era.names[0] ?? "", choices: [...era.names] } : undefined;
    if (part === "month") return { value: String(month), choices: numberChoices(month, "月") };
    if (part === "day") return { value: String(day), choices: numberChoices(day, "日") };
    if (part !== "year") return undefined;
    if (!withEra) return { value: String(year), choices: numberChoices(year, "年") };
    if (!era) return undefined;
    const choices = numberChoices(era.year, "年");
    if (era.year === 1) choices.push("元", "元年");
    return { value: String(era.year), choices: [...choices, ...era.names.map((name) => `${name}${era.year}`)] };
  }
  return undefined;
}
