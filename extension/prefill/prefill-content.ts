// SPDX-License-Identifier: MIT
/**
 * The content side of prefill, injected by the popup into the top frame of an allowlisted tab only when the user
 * asks to fill (so the always-on bridge script stays small). It leaves one function in the extension's isolated
 * world; the popup calls it with the plan and gets the report back. The plan is parsed here: it crossed a boundary.
 */
import { PREFILL_ENTRY, PrefillPlanSchema, type PrefillReport } from "./prefill-plan";
import { runPrefill } from "./run-prefill";

function prefillEntry(raw: unknown): PrefillReport | { error: "BAD_REQUEST" } {
  const plan = PrefillPlanSchema.safeParse(raw);
  return plan.success ? runPrefill(document, plan.data) : { error: "BAD_REQUEST" };
}

Reflect.set(globalThis, PREFILL_ENTRY, prefillEntry);
