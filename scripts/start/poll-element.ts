// SPDX-License-Identifier: MIT
/**
 * Polls a page for an element that is present (and, by default, not inside a `[hidden]` element). Firefox's
 * WebDriver BiDi can fail `waitForSelector` on an extension page that is still loading ("right-hand side of 'in'
 * should be an object"), so transient evaluation errors are retried here instead.
 */
import type { Page } from "puppeteer-core";

export async function pollForElement(
  page: Page,
  selector: string,
  timeoutMs: number,
  options: { shown?: boolean } = {},
): Promise<void> {
  const shown = options.shown ?? true;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await page
      .evaluate(
        (wanted, mustBeShown) => {
          const element = document.querySelector(wanted);
          return element !== null && (!mustBeShown || element.closest("[hidden]") === null);
        },
        selector,
        shown,
      )
      .catch(() => false);
    if (found) return;
    if (Date.now() > deadline) throw new Error(`${selector} did not appear within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
