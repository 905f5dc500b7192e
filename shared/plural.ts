// SPDX-License-Identifier: MIT
/**
 * Texts that depend on a count ("1 try left", "2 tries left"): the form is chosen by the language's own plural
 * rules (`Intl.PluralRules`), so English gets "one"/"other" and Japanese, which has no plural forms, always "other".
 */

/** A counted text: `other` always, `one` where the language has a singular form. `{count}` is the number. */
export interface PluralText {
  readonly one?: string | undefined;
  readonly other: string;
}

const rules = new Map<string, Intl.PluralRules>();

/**
 * The form of `text` for `count` in `language`, with `{count}` filled in.
 * @example pluralText("en", 1, { one: "{count} try left", other: "{count} tries left" }) // "1 try left"
 */
export function pluralText(language: string, count: number, text: PluralText): string {
  let rule = rules.get(language);
  if (rule === undefined) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  const form = rule.select(count) === "one" && text.one !== undefined ? text.one : text.other;
  return form.replaceAll("{count}", String(count));
}
