// SPDX-License-Identifier: MIT
/**
 * `openExtensionPage` with a retry: Firefox's WebDriver BiDi sometimes loses the realm while an extension page
 * moves to the extension process ("right-hand side of 'in' should be an object, got null"), failing the wait
 * although the page loads. Opening it again works; the first tab is simply left behind.
 */
import type { Page } from "puppeteer-core";
import { openExtensionPage, type ExtensionBrowser } from "../support/extension-browser";

export async function openExtensionPageRetrying(target: ExtensionBrowser, path: string): Promise<Page> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await openExtensionPage(target, path);
    } catch (error) {
      if (attempt >= 3 || !String(error).includes("Waiting failed")) throw error;
    }
  }
}
