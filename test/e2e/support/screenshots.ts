// SPDX-License-Identifier: MIT
/**
 * Documentation screenshots (docs/screenshots/), taken by the e2e tests in Chromium with a Japanese UI when
 * `UPDATE_SCREENSHOTS=1`; otherwise a no-op, so ordinary runs leave the tree clean.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "puppeteer-core";
import type { ExtensionBrowser } from "./extension-browser";

const SCREENSHOT_DIR = resolve(import.meta.dirname, "../../../docs/screenshots");

export async function saveScreenshot(target: ExtensionBrowser, page: Page, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== "1" || target.kind !== "chromium") return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/** Like saveScreenshot, of one element (e.g. a section of the options page). */
export async function saveElementScreenshot(
  target: ExtensionBrowser,
  page: Page,
  selector: string,
  name: string,
): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== "1" || target.kind !== "chromium") return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const element = await page.waitForSelector(selector);
  await element?.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}

/** Like saveScreenshot, of the viewport only (what the window shows without scrolling). */
export async function saveViewportScreenshot(target: ExtensionBrowser, page: Page, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== "1" || target.kind !== "chromium") return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}
