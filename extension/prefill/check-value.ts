// SPDX-License-Identifier: MIT
/**
 * The last check before a value goes into a text control: does the control accept it? An e-mail box takes an
 * e-mail address, a box that asks for katakana takes katakana, `maxlength`, `pattern`, `inputmode` and a number
 * box hold. A value that fails is not written (never cut or reshaped to fit): a wrong value sent to a government
 * register is worse than an empty box, and the report names the control and the reason.
 */
import { readTexts } from "./control-texts";

/** Why a value was not written into a control. */
export const REFUSAL_REASONS = [
  "not-email",
  "not-katakana",
  "not-hiragana",
  "too-long",
  "pattern",
  "not-number",
  "not-digits",
  "not-phone",
  "not-date",
  "no-option",
  "cannot-split",
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
const KATAKANA = /^[\p{Script=Katakana}ー・\s\u3000]+$/u;
const HIRAGANA = /^[\p{Script=Hiragana}ー・\s\u3000]+$/u;
const MAIL_WORDS = /メール|e-?mail|mail address/iu;
const KATAKANA_WORDS = /カタカナ|カナ|フリガナ|セイ|メイ|katakana/iu;
const HIRAGANA_WORDS = /ひらがな|ふりがな|hiragana/iu;

/** Katakana → hiragana (the readings are saved in katakana; a box may ask for ひらがな). */
export function toHiragana(text: string): string {
  return text.replace(/[\u30A1-\u30F6]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/** What the control's own texts and attributes ask for. */
function wants(control: HTMLInputElement | HTMLTextAreaElement) {
  const texts = readTexts(control);
  const said = [...texts.labels, texts.before, texts.header, ...texts.hints].join(" ");
  const pattern = control instanceof HTMLInputElement ? control.pattern : "";
  return {
    email:
      (control instanceof HTMLInputElement && control.type === "email") ||
      control.autocomplete === "email" ||
      MAIL_WORDS.test(said),
    hiragana: HIRAGANA_WORDS.test(said) || /[ぁ-ん]|\\u30[4-9]/u.test(pattern),
    katakana: KATAKANA_WORDS.test(said) || /[ァ-ヶ]|\\u30[A-F]/iu.test(pattern),
  };
}

function matchesPattern(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`, "v").test(value);
  } catch {
    return true; // A pattern the browser itself could not compile does not constrain the box.
  }
}

/**
 * The value to write into a text-like control (`value`, or its hiragana when the box asks for ひらがな), or the
 * reason it is not written.
 */
export function checkValue(
  control: HTMLInputElement | HTMLTextAreaElement,
  value: string,
): { ok: true; value: string } | { ok: false; reason: RefusalReason } {
  const want = wants(control);
  let written = value;
  if (want.email && !EMAIL.test(value)) return { ok: false, reason: "not-email" };
  if (!want.email && want.hiragana && KATAKANA.test(value)) written = toHiragana(value);
  if (!want.email && want.hiragana && !HIRAGANA.test(written)) return { ok: false, reason: "not-hiragana" };
  if (!want.email && !want.hiragana && want.katakana && !KATAKANA.test(value)) {
    return { ok: false, reason: "not-katakana" };
  }
  if (control.maxLength > 0 && [...written].length > control.maxLength) return { ok: false, reason: "too-long" };
  const inputMode = control.getAttribute("inputmode") ?? "";
  if (inputMode === "numeric" && !/^\d+$/u.test(written)) return { ok: false, reason: "not-digits" };
  if (inputMode === "decimal" && !/^\d+(?:\.\d+)?$/u.test(written)) return { ok: false, reason: "not-number" };
  if (control instanceof HTMLInputElement) {
    if (control.type === "number" && !/^-?\d+(?:\.\d+)?$/u.test(written)) return { ok: false, reason: "not-number" };
    if ((control.type === "tel" || inputMode === "tel") && !/^\+?[\d\-() ]+$/u.test(written)) {
      return { ok: false, reason: "not-phone" };
    }
    if (control.type === "date" && !/^\d{4}-\d{2}-\d{2}$/u.test(written)) return { ok: false, reason: "not-date" };
    if (control.pattern !== "" && !matchesPattern(control.pattern, written)) return { ok: false, reason: "pattern" };
  }
  return { ok: true, value: written };
}
