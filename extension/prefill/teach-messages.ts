// SPDX-License-Identifier: MIT
/** What the popup asks the teach script (teach-content.ts) and what it answers; both cross the popup ↔ page boundary. */
import * as z from "zod/mini";

/** Name of the function the teach script leaves in the isolated world. */
export const TEACH_ENTRY = "dipsCompanionTeach";

/** A field path to teach (`owner.phone`, `owner.postalCode.1`, `ua1.serialNumber`) and the text the page shows. */
export const TeachRequestSchema = z.strictObject({
  path: z.string().check(z.maxLength(100), z.regex(/^(?:owner|user|ua\d{1,2})\.[A-Za-z]+(?:\.[a-z0-9]+)?$/u)),
  prompt: z.string().check(z.maxLength(300)),
});
export type TeachRequest = z.infer<typeof TeachRequestSchema>;

export const TeachResultSchema = z.discriminatedUnion("outcome", [
  z.strictObject({ outcome: z.literal("saved"), page: z.string().check(z.maxLength(500)), selector: z.string() }),
  z.strictObject({ outcome: z.enum(["cancelled", "no-selector", "save-failed", "bad-request"]) }),
]);
export type TeachResult = z.infer<typeof TeachResultSchema>;
