// SPDX-License-Identifier: MIT
/**
 * What the popup asks the page to fill, and what the page reports back. Both cross the popup ↔ content boundary
 * and are parsed with these schemas on arrival.
 */
import { z } from "zod";
import { PERSON_KEYS, UA_KEYS } from "./field-synonyms";

const ScopeSchema = z.discriminatedUnion("part", [
  z.object({ part: z.literal("owner") }).strict(),
  z.object({ part: z.literal("user") }).strict(),
  z.object({ part: z.literal("ua"), n: z.number().int().min(1).max(99) }).strict(),
]);

/** A value for one field of one part of the application. */
export const PlanEntrySchema = z
  .object({
    scope: ScopeSchema,
    key: z.enum([...PERSON_KEYS, ...UA_KEYS]),
    value: z.string().max(500),
    /** Spellings for selects, radios and checkboxes, best first (the code, Japanese and English names, …). */
    choices: z.array(z.string().max(200)).max(20),
    /** Per input type, e.g. `{ date: "1980-04-01" }` while text boxes get `value` "1980/04/01". */
    byType: z.record(z.string().max(20), z.string().max(500)).optional(),
    /**
     * Alternatives share a group (a full name or surname + given name): the report lists the group as missing only
     * when none of its members was found. Entries without a group are reported on their own.
     */
    group: z.string().max(60).optional(),
    /** A field many forms do not have (the owner kind): not reported when missing. */
    optional: z.boolean().optional(),
    /**
     * When the page also has a field for `key` in the same part, fill this `value` instead: the address without
     * its prefecture when the prefecture has a field of its own.
     */
    whenPresent: z
      .object({ key: z.enum(PERSON_KEYS), value: z.string().max(500) })
      .strict()
      .optional(),
  })
  .strict();
export type PlanEntry = z.infer<typeof PlanEntrySchema>;
export type PlanScope = z.infer<typeof ScopeSchema>;

export const PrefillPlanSchema = z
  .object({
    entries: z.array(PlanEntrySchema).max(2000),
    /** Field path (`owner.name`, `ua.serialNumber` for every UA, `ua2.serialNumber`) → CSS selector; `{n}` in a
     * selector is replaced by the UA number. These win over label matching. */
    overrides: z.record(z.string().max(100), z.string().max(500)),
  })
  .strict();
export type PrefillPlan = z.infer<typeof PrefillPlanSchema>;

export const PrefillReportSchema = z
  .object({
    /** Field paths filled, e.g. `owner.name`, `ua2.category`. */
    filled: z.array(z.string()).max(2000),
    /** Field paths (or groups) the page had no field for, in parts of the application the page does show. */
    notFound: z.array(z.string()).max(2000),
    /** Fields found whose select or radio had no option matching the value. */
    noMatchingOption: z.array(z.string()).max(2000),
    /** Parts of the application the page shows (`owner`, `user`, `ua1`, …). */
    partsOnPage: z.array(z.string()).max(200),
  })
  .strict();
export type PrefillReport = z.infer<typeof PrefillReportSchema>;

/** `owner.name`, `user.email`, `ua2.serialNumber`. */
export function fieldPath(scope: PlanScope, key: string): string {
  return `${scope.part === "ua" ? `ua${scope.n}` : scope.part}.${key}`;
}
