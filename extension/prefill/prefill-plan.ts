// SPDX-License-Identifier: MIT
/**
 * What the popup asks the page to fill, and what the page reports back. Both cross the popup ↔ content boundary
 * and are parsed with these schemas on arrival. Written with `zod/mini` because they ship in the content-side
 * script, which has a size budget.
 */
import * as z from "zod/mini";
import { REFUSAL_REASONS } from "./check-value";
import { PERSON_KEYS, UA_KEYS } from "./field-synonyms";

/** Name of the function the content-side script leaves in the isolated world for the popup to call. */
export const PREFILL_ENTRY = "dipsCompanionPrefill";

const text = (max: number) => z.string().check(z.maxLength(max));
const list = <T extends z.core.SomeType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

const ScopeSchema = z.discriminatedUnion("part", [
  z.strictObject({ part: z.literal("owner") }),
  z.strictObject({ part: z.literal("user") }),
  z.strictObject({ part: z.literal("ua"), n: z.int().check(z.minimum(1), z.maximum(99)) }),
]);

/** A value for one field of one part of the application. */
export const PlanEntrySchema = z.strictObject({
  scope: ScopeSchema,
  key: z.enum([...PERSON_KEYS, ...UA_KEYS]),
  value: text(500),
  /** Spellings for selects, radios and checkboxes, best first (the code, Japanese and English names, …). */
  choices: list(text(200), 20),
  /** Per input type, e.g. `{ date: "1980-04-01" }` while text boxes get `value` "1980/04/01". */
  byType: z.optional(z.record(text(20), text(500))),
  /**
   * Alternatives share a group (a full name or surname + given name): the report lists the group as missing only
   * when none of its members was found. Entries without a group are reported on their own.
   */
  group: z.optional(text(60)),
  /** A field many forms do not have (the owner kind): not reported when missing. */
  optional: z.optional(z.boolean()),
  /**
   * When the page also has a field for `key` in the same part, fill this `value` instead: the address without
   * its prefecture when the prefecture has a field of its own.
   */
  whenPresent: z.optional(z.strictObject({ key: z.enum(PERSON_KEYS), value: text(500) })),
});
export type PlanEntry = z.infer<typeof PlanEntrySchema>;
export type PlanScope = z.infer<typeof ScopeSchema>;

export const PrefillPlanSchema = z.strictObject({
  entries: list(PlanEntrySchema, 2000),
  /**
   * Field path (`owner.name`, `ua.serialNumber` for every UA, `ua2.serialNumber`) → CSS selector; `{n}` in a
   * selector is replaced by the UA number. These win over label matching.
   */
  overrides: z.record(text(100), text(500)),
  /** The language of the bar the page shows after filling (what was filled, and the undo button). */
  language: z.optional(z.enum(["ja", "en"])),
});
export type PrefillPlan = z.infer<typeof PrefillPlanSchema>;

export const PrefillReportSchema = z.strictObject({
  /** Field paths filled, e.g. `owner.name`, `ua2.category`. */
  filled: list(z.string(), 2000),
  /** Field paths (or groups) the page had no field for, in parts of the application the page does show. */
  notFound: list(z.string(), 2000),
  /** Fields found whose select or radio had no option matching the value. */
  noMatchingOption: list(z.string(), 2000),
  /**
   * Controls found but left empty on purpose, because the value did not fit them (an e-mail box offered no e-mail,
   * a katakana box offered kanji, no option of a select matched): the field path (with `.part` for a split field),
   * how the control reads on the page, and why.
   */
  refused: list(z.strictObject({ path: text(100), control: text(200), reason: z.enum(REFUSAL_REASONS) }), 2000),
  /** Parts of the application the page shows (`owner`, `user`, `ua1`, …). */
  partsOnPage: list(z.string(), 200),
});
export type PrefillReport = z.infer<typeof PrefillReportSchema>;

/** `owner.name`, `user.email`, `ua2.serialNumber`. */
export function fieldPath(scope: PlanScope, key: string): string {
  return `${scope.part === "ua" ? `ua${scope.n}` : scope.part}.${key}`;
}
