// SPDX-License-Identifier: MIT
/**
 * Polls a page for an element that is present (and, by default, not inside a `[hidden]` element). Firefox's
 * WebDriver BiDi can fail `waitForSelector` on an extension page that is still loading ("right-hand side of 'in'
 * should be an object"), so transient evaluation errors are retried here instead.
 */
import type { Page } from "puppeteer-core";
import { pollUntil } from "../support/poll-until";

export async function pollForElement(
  page: Page,
  selector: string,
  timeoutMs: number,
  options: { shown?: boolean } = {},
): Promise<void> {
  const shown = options.shown ?? true;
  await pollUntil(
    () =>
      page
        .evaluate(
          (wanted, mustBeShown) => {
            const element = document.querySelector(wanted);
            return element !== null && (!mustBeShown || element.closest("[hidden]") === null);
          },
          selector,
          shown,
        )
        .catch(() => false),
    (found) => found,
    { timeoutMs, failure: () => `${selector} did not appear within ${timeoutMs} ms` },
  );
}
