// SPDX-License-Identifier: MIT
/**
 * Text a page gave us, made safe to show in extension-owned UI as plain text: what the user reads is what it holds.
 * Bidi controls (U+202A–U+202E, U+2066–U+2069) could reorder what is shown, and zero-width and other invisible
 * format characters (U+200B–U+200F, U+2060–U+2064, U+FEFF, tag characters…) or control characters could hide or
 * split parts of it. Every format (Cf) and control (Cc) character is removed; line breaks and other spacing become
 * one space; the Hangul fillers, which render as nothing, go too.
 */

/** Whitespace as `\s` knows it, less U+FEFF (an invisible format character, removed rather than spaced), plus NEL. */
const SPACING = /[\t\n\v\f\r \u00A0\u0085\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/gu;
const INVISIBLE = /[\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0]/gu;

/**
 * The text without invisible or reordering characters, spacing collapsed, trimmed, at most `maxLength` code points
 * (a surrogate pair is never split).
 *
 * @example plainText("\u202Eabc\u200B def\n", 5) // "abc d"
 */
export function plainText(text: string, maxLength: number): string {
  const cleaned = text.replace(SPACING, " ").replace(INVISIBLE, "").replace(/ {2,}/gu, " ").trim();
  const codePoints = Array.from(cleaned);
  return codePoints.length <= maxLength ? cleaned : codePoints.slice(0, maxLength).join("").trimEnd();
}

/** Whether `text` is already plain (nothing `plainText` would remove or fold), for schemas that refuse the rest. */
export function isPlainText(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  return !INVISIBLE.test(text) && !/[\t\n\r\v\f\u2028\u2029\u0085]/u.test(text);
}
