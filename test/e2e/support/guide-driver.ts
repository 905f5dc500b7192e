// SPDX-License-Identifier: MIT
/** Reading the first-run guide as a user sees it: each step's state and the fix it shows. */
import type { Page } from "puppeteer-core";
import { pollForElement } from "../../drivers/poll-element";

export interface GuideStepState {
  readonly step: string;
  readonly state: string;
  readonly fix: string | null;
}

/** Waits until the guide has shown its checks and returns the steps. */
export async function readGuide(guide: Page, timeout = 60_000): Promise<GuideStepState[]> {
  await pollForElement(guide, '#guide-steps[aria-busy="false"] li[data-step]', timeout);
  return guide.$$eval("#guide-steps li[data-step]", (items) =>
    items.map((item) => ({
      step: item.getAttribute("data-step") ?? "",
      state: item.getAttribute("data-state") ?? "",
      fix: item.querySelector(".fix")?.textContent ?? null,
    })),
  );
}

/** Presses "Check again" and reads the new outcome. */
export async function recheckGuide(guide: Page): Promise<GuideStepState[]> {
  await guide.click("#guide-recheck");
  await pollForElement(guide, '#guide-steps[aria-busy="true"]', 10_000).catch(() => undefined);
  return readGuide(guide);
}

/** The steps as `step:state` pairs, for compact comparisons. */
export const stepStates = (steps: readonly GuideStepState[]): string[] =>
  steps.map((step) => `${step.step}:${step.state}`);
