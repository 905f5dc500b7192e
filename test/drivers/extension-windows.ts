// SPDX-License-Identifier: MIT
/**
 * Windows the extension opens by itself (the PIN window, the basic-4 pre-check). Found by their `location.href`:
 * under Firefox's WebDriver BiDi, extension pages show up as `about:blank` targets, so target URLs cannot be used.
 */
import type { Page } from "puppeteer-core";
import { waitForExtensionPage, type ExtensionBrowser } from "../e2e/support/extension-browser";
import { submitPin as typePin, waitForError, waitForPhase } from "../e2e/support/pin-window-driver";

/** The pages open now: pass them as `exclude` to find only a window opened later. */
export function openPages(target: ExtensionBrowser): Promise<Page[]> {
  return target.browser.pages();
}

/** The newest open extension page under `path` (e.g. `pages/pin/`) that is not in `exclude`. */
export async function waitForExtensionWindow(
  target: ExtensionBrowser,
  path: string,
  options: { timeout?: number; exclude?: readonly Page[] } = {},
): Promise<Page> {
  const timeout = options.timeout ?? 30_000;
  const page = await waitForExtensionPage(target, path, { ...options, timeout });
  if (page === null) throw new Error(`no extension window ${path} within ${timeout} ms`);
  return page;
}

/** The PIN window opened after `exclude` was taken, once it accepts a PIN. */
export async function waitForPinWindow(
  target: ExtensionBrowser,
  exclude: readonly Page[],
  timeout = 30_000,
): Promise<Page> {
  const page = await waitForExtensionWindow(target, "pages/pin/", { timeout, exclude });
  await waitForPhase(page, "ready", timeout);
  return page;
}

/** Types the PIN into the PIN window (never the page) and presses OK. */
export function submitPin(pinWindow: Page, pin: string, options: { confirmLastTry?: boolean } = {}): Promise<void> {
  return typePin(pinWindow, pin, options);
}

/** After a wrong PIN the window stays open and shows the error (with the tries left). */
export function waitForPinError(pinWindow: Page, timeout = 30_000): Promise<string> {
  return waitForError(pinWindow, timeout);
}

/** The window's phase (`body[data-phase]`: queued, ready, working, done, failed …). */
export function pinWindowPhase(pinWindow: Page): Promise<string> {
  return pinWindow.evaluate(() => document.body.dataset.phase ?? "");
}
