// SPDX-License-Identifier: MIT
/**
 * The first-run guide's five steps from the diagnostics checks (pages/shared/diagnostics-checks.ts — the same checks
 * as the options page, not a copy): host, smart-card service, reader, card, certificate, in that order. A step after
 * a failed one is `waiting`: it could not be checked yet.
 */
import { errorText } from "../../i18n/translate";
import type { Check, CheckId } from "../shared/diagnostics-checks";

export const GUIDE_STEPS = ["host", "pcsc", "readers", "card", "cert"] as const satisfies readonly CheckId[];
export type GuideStepId = (typeof GUIDE_STEPS)[number];

export interface GuideStep {
  readonly id: GuideStepId;
  readonly state: "ok" | "failed" | "waiting";
  /** The check's text (empty while waiting). */
  readonly text: string;
  /** What to do, for a failed step. */
  readonly fix?: string;
}

export function guideSteps(checks: readonly Check[]): GuideStep[] {
  let blocked = false;
  return GUIDE_STEPS.map((id) => {
    if (blocked) return { id, state: "waiting", text: "" };
    const check = checks.find((candidate) => candidate.id === id);
    if (check === undefined) {
      blocked = true;
      // A card without a user-authentication certificate yields no certificate check: that is a failure too.
      const cardOk = checks.some((candidate) => candidate.id === "card" && candidate.ok);
      return id === "cert" && cardOk
        ? { id, state: "failed", text: "", fix: errorText({ code: "CERT_MISSING" }) }
        : { id, state: "waiting", text: "" };
    }
    if (!check.ok) blocked = true;
    return {
      id,
      state: check.ok ? "ok" : "failed",
      text: check.text,
      ...(check.fix === undefined ? {} : { fix: check.fix }),
    };
  });
}

/** Whether every step passed (the guide then offers "create from My Number Card"). */
export function allPassed(steps: readonly GuideStep[]): boolean {
  return steps.every((step) => step.state === "ok");
}
