// SPDX-License-Identifier: MIT
import type { Page } from "puppeteer-core";
import { launchApp } from "./bridge-test-page";
import { waitForPinWindow, type ExtensionBrowser } from "./extension-browser";
import { waitForPhase, waitForView } from "./pin-window-driver";
import { useRealPinWindowSize } from "./pin-window-fit";

/**
 * Sends a card request from the page and returns the PIN window it opens: at the window's real size (the tests
 * that use it measure, screenshot or run axe on it), showing the request and ready for a PIN.
 */
export async function requestReadyPinWindow(target: ExtensionBrowser, page: Page, detail: unknown): Promise<Page> {
  await launchApp(page, detail);
  const pinWindow = await waitForPinWindow(target);
  await useRealPinWindowSize(pinWindow);
  await waitForView(pinWindow);
  await waitForPhase(pinWindow, "ready");
  return pinWindow;
}
