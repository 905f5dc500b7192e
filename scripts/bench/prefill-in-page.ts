// SPDX-License-Identifier: MIT
/**
 * Bundled (IIFE) into a test page by the benchmark: the content side of a prefill (parse the plan, run the engine)
 * as `window.benchPrefill(plan)`, timed inside the page.
 */
import { PrefillPlanSchema } from "../../extension/prefill/prefill-plan";
import { runPrefill } from "../../extension/prefill/run-prefill";

Reflect.set(window, "benchPrefill", (plan: unknown) => {
  const start = performance.now();
  const report = runPrefill(document, PrefillPlanSchema.parse(plan));
  return { ms: performance.now() - start, filled: report.filled.length };
});
