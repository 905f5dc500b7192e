// SPDX-License-Identifier: MIT
/**
 * Runs prefill in a tab from the popup: injects the content-side script into the top frame (allowlisted origins
 * only: the extension has host access nowhere else), calls its entry with the plan, and parses the report.
 */
import browser from "webextension-polyfill";
import { CompanionError } from "../../shared/errors/companion-error";
import prefillScript from "./prefill-content.ts?script&iife";
import { PREFILL_ENTRY, PrefillReportSchema, type PrefillPlan, type PrefillReport } from "./prefill-plan";

export async function prefillTab(tabId: number, plan: PrefillPlan): Promise<PrefillReport> {
  // Firefox resolves a relative path against the calling page (pages/popup/…): make it absolute.
  const file = prefillScript.startsWith("/") ? prefillScript : `/${prefillScript}`;
  await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    // Runs in the page's isolated world: it may use only its arguments.
    func: (entry: string, planArgument: unknown) => {
      const run = Reflect.get(globalThis, entry) as ((plan: unknown) => unknown) | undefined;
      return run?.(planArgument);
    },
    args: [PREFILL_ENTRY, plan],
  });
  const report = PrefillReportSchema.safeParse(result?.result);
  if (!report.success) throw new CompanionError("BAD_REQUEST", undefined, { cause: report.error });
  return report.data;
}
