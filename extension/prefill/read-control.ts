// SPDX-License-Identifier: MIT
/**
 * What a control is, decided the way a person reads a form: its own label, or the word before it in its cell read
 * together with the row's header (「フリガナ」 + 「セイ」 is the surname's reading, 「電話番号」 + 「市外局番」 its first
 * part); only when nothing a person reads is there, the placeholder; and only then the `name`/`id`. A label the
 * engine does not understand ends the search: a control named `address` under a label 「性別」 stays unknown, so a
 * name never outvotes a label.
 */
import { readTexts, type FormControl } from "./control-texts";
import { partFromWord, type FieldPart } from "./field-parts";
import { bestKey, normalizeText, type FieldKey } from "./field-synonyms";
import { isPrefectureName } from "./prefectures";
import { keyFromName } from "./romanized-names";

/** A control's field, the part of it (for a split field), and the kind of evidence that said so. */
export interface ControlMeaning {
  readonly key: FieldKey;
  readonly part?: FieldPart | undefined;
  readonly evidence: "label" | "hint" | "name";
}

/** Words that say nothing about which field a control is. */
const NOISE = /必須|任意|半角|全角|英数字?|数字|ハイフン[なあ]し|※|例|選択してください|required|optional/gu;

const normalize = (text: string): string => normalizeText(text.replaceAll("〒", "郵便番号")).replace(NOISE, "");
const meaningful = (text: string): boolean => normalize(text) !== "";

/** Phone parts name their field by themselves. */
const PHONE_PARTS = new Set(["市外局番", "市内局番", "加入者番号"]);

/** What a select's own options show it to be: a prefecture list, or an era / month / day / year of a date. */
function fromOptions(control: FormControl, keys: readonly FieldKey[]): ControlMeaning | undefined {
  if (!(control instanceof HTMLSelectElement)) return undefined;
  const texts = [...control.options].filter((option) => option.value !== "").map((option) => option.text.trim());
  if (texts.length >= 3 && texts.filter(isPrefectureName).length >= 3 && keys.includes("prefecture")) {
    return { key: "prefecture", evidence: "label" };
  }
  if (!keys.includes("birthDate") || texts.length === 0) return undefined;
  if (texts.some((text) => /^(?:昭和|平成|令和)$/u.test(text)))
    return { key: "birthDate", part: "era", evidence: "label" };
  return undefined;
}

/** 姓 / 名 / セイ / メイ next to a control, read against the row's field (name, reading, …). */
function namePart(word: string, rowKey: FieldKey | undefined): FieldKey | undefined {
  const readingRow = rowKey === "reading" || rowKey === "lastNameReading" || rowKey === "firstNameReading";
  if (/^(?:姓|氏|せい|last|lastname|family|familyname|surname)$/u.test(word)) {
    return readingRow ? "lastNameReading" : "lastName";
  }
  if (/^(?:名|めい|first|firstname|given|givenname)$/u.test(word)) return readingRow ? "firstNameReading" : "firstName";
  if (word === "セイ") return "lastNameReading";
  if (word === "メイ") return "firstNameReading";
  return undefined;
}

/** An example value in a placeholder ("例）090-1234-5678", "taro@example.jp") is not a label. */
const isExample = (hint: string): boolean => /^(?:例|e\.g\.|ex\.)|[@\d]/iu.test(hint.trim());

function fromNearText(
  text: string,
  rowKey: FieldKey | undefined,
  keys: readonly FieldKey[],
  isOwnLabel: boolean,
): ControlMeaning | "unknown" | undefined {
  const word = normalize(text);
  if (word === "") return undefined;
  const named = namePart(word, rowKey);
  if (named && keys.includes(named)) return { key: named, evidence: "label" };
  const part = partFromWord(word);
  if (part && PHONE_PARTS.has(word) && keys.includes("phone")) return { key: "phone", part, evidence: "label" };
  // A date unit before a control is the previous control's suffix ("<select>年 <select>月"), unless it is the
  // control's own label.
  if (part && rowKey && (isOwnLabel || !["year", "month", "day"].includes(part))) {
    return { key: rowKey, part, evidence: "label" };
  }
  if (part) return undefined;
  const key = bestKey(word, keys);
  if (key) return { key, evidence: "label" };
  return "unknown";
}

/** The control's field and part, or undefined when nothing says what it is (or what says it is not understood). */
export function readControl(control: FormControl, keys: readonly FieldKey[]): ControlMeaning | undefined {
  const texts = readTexts(control);
  const rowText = texts.context.find((text) => bestKey(normalize(text), keys)) ?? "";
  const rowKey = rowText === "" ? undefined : bestKey(normalize(rowText), keys);
  const afterPart = partFromWord(normalize(texts.after));
  const withPart = (meaning: ControlMeaning): ControlMeaning =>
    meaning.part === undefined && afterPart && meaning.key === "birthDate" ? { ...meaning, part: afterPart } : meaning;

  const byOptions = fromOptions(control, keys);
  if (byOptions && (byOptions.key === "prefecture" || rowKey === "birthDate")) return byOptions;

  let unknownLabel = false;
  const near = [...texts.labels.map((text) => [text, true] as const), [texts.before, false] as const];
  for (const [text, isOwnLabel] of near) {
    const found = fromNearText(text, rowKey, keys, isOwnLabel);
    if (found === "unknown") {
      // The words next to a control may only qualify the row's header: 「メールアドレス」 + 「確認用」.
      const joined = rowText === "" ? undefined : bestKey(normalize(`${rowText}${text}`), keys);
      if (joined && joined !== rowKey) return withPart({ key: joined, evidence: "label" });
      unknownLabel ||= isOwnLabel && meaningful(text);
    } else if (found) {
      return withPart(found);
    }
  }
  if (rowKey && !unknownLabel) return withPart({ key: rowKey, evidence: "label" });
  // A row header that is not understood ("性別") says what the control is as much as a label does.
  if (unknownLabel || (texts.header !== "" && meaningful(texts.header))) return undefined;
  for (const hint of texts.hints) {
    const key = isExample(hint) ? undefined : bestKey(normalize(hint), keys);
    if (key) return withPart({ key, evidence: "hint" });
  }
  for (const name of texts.names) {
    const found = keyFromName(name);
    if (found && keys.includes(found.key)) return withPart({ ...found, evidence: "name" });
  }
  return undefined;
}
