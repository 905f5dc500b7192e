// SPDX-License-Identifier: MIT
/**
 * Reading a control's `name` or `id` as words: `ownerInfo.mailAddress` → mail, address; `kitai.seizosha` →
 * seizosha; `zip1` → zip, 1. Japanese forms often name fields in romanized Japanese (shimei, yubin, todofuken,
 * seinengappi, seizosha, katashiki, …), so both that and English are understood. This is the weakest evidence
 * there is: it is used only when nothing a person reads says what the control is.
 */
import type { FieldKey } from "./field-synonyms";
import type { FieldPart } from "./field-parts";

/** `ownerInfo.mailAddress` → ["owner", "info", "mail", "address"]; `tel_1` → ["tel", "1"]. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/gu, "$1 $2")
    .replace(/([a-zA-Z])(\d)/gu, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter((word) => word !== "");
}

/** Rules, most specific first: every word listed must occur. */
const RULES: readonly (readonly [string, FieldKey])[] = [
  ["mail confirm", "emailConfirm"],
  ["mail kakunin", "emailConfirm"],
  ["mail re", "emailConfirm"],
  ["remoteid seizosha", "remoteIdManufacturer"],
  ["rid seizosha", "remoteIdManufacturer"],
  ["remoteid maker", "remoteIdManufacturer"],
  ["remoteid katashiki", "remoteIdModel"],
  ["rid katashiki", "remoteIdModel"],
  ["remoteid model", "remoteIdModel"],
  ["remoteid seizobango", "remoteIdSerialNumber"],
  ["rid seizobango", "remoteIdSerialNumber"],
  ["remoteid serial", "remoteIdSerialNumber"],
  ["remoteid", "remoteIdType"],
  ["kaizo naiyo", "alterationDetails"],
  ["seizo kubun", "manufacturingType"],
  ["seizokubun", "manufacturingType"],
  ["daihyosha kana", "representativeReading"],
  ["daihyosha", "representative"],
  ["hojin bango", "corporateNumber"],
  ["hojinbango", "corporateNumber"],
  ["hojin kana", "companyReading"],
  ["hojinmei kana", "companyReading"],
  ["hojinmei", "companyName"],
  ["sei kana", "lastNameReading"],
  ["mei kana", "firstNameReading"],
  ["seikana", "lastNameReading"],
  ["meikana", "firstNameReading"],
  ["kana sei", "lastNameReading"],
  ["kana mei", "firstNameReading"],
  ["mail", "email"],
  ["email", "email"],
  ["mailaddress", "email"],
  ["seinengappi", "birthDate"],
  ["birthday", "birthDate"],
  ["birth", "birthDate"],
  ["shimei kana", "reading"],
  ["furigana", "reading"],
  ["kana", "reading"],
  ["yomi", "reading"],
  ["sei", "lastName"],
  ["mei", "firstName"],
  ["shimei", "name"],
  ["namae", "name"],
  ["yubin", "postalCode"],
  ["yubinbango", "postalCode"],
  ["zip", "postalCode"],
  ["zipcode", "postalCode"],
  ["postal", "postalCode"],
  ["todofuken", "prefecture"],
  ["shikuchoson", "city"],
  ["banchi", "line1"],
  ["tatemono", "line2"],
  ["jusho", "address"],
  ["juusho", "address"],
  ["tel", "phone"],
  ["denwa", "phone"],
  ["phone", "phone"],
  ["seizosha", "manufacturer"],
  ["katashiki", "model"],
  ["seizobango", "serialNumber"],
  ["saidai ririku", "maxTakeoffWeight"],
  ["mtow", "maxTakeoffWeight"],
  ["juryo", "weight"],
  ["kaizo", "altered"],
  ["first name", "firstName"],
  ["firstname", "firstName"],
  ["given", "firstName"],
  ["last name", "lastName"],
  ["lastname", "lastName"],
  ["family", "lastName"],
  ["surname", "lastName"],
  ["reading", "reading"],
  ["name", "name"],
  ["prefecture", "prefecture"],
  ["pref", "prefecture"],
  ["city", "city"],
  ["street", "line1"],
  ["building", "line2"],
  ["address", "address"],
  ["addr", "address"],
  ["manufacturer", "manufacturer"],
  ["maker", "manufacturer"],
  ["model", "model"],
  ["serial", "serialNumber"],
  ["weight", "weight"],
  ["category", "category"],
];

const PART_WORDS: Readonly<Record<string, FieldPart>> = {
  gengo: "era",
  wareki: "era",
  era: "era",
  nen: "year",
  year: "year",
  yyyy: "year",
  tsuki: "month",
  month: "month",
  mm: "month",
  hi: "day",
  day: "day",
  dd: "day",
};

/** The field a `name`/`id` means, with the part a trailing number or date word names (`zip1`, `birthYear`). */
export function keyFromName(name: string): { key: FieldKey; part?: FieldPart } | undefined {
  const words = nameWords(name);
  if (words.includes("remote") && words.includes("id")) words.push("remoteid");
  const rule = RULES.find(([all]) => all.split(" ").every((word) => words.includes(word)));
  if (!rule) return undefined;
  const last = words.at(-1) ?? "";
  const part: FieldPart | undefined = PART_WORDS[last] ?? (/^[1-4]$/u.test(last) ? (last as FieldPart) : undefined);
  return part === undefined ? { key: rule[1] } : { key: rule[1], part };
}
