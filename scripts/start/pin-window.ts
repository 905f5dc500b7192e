// SPDX-License-Identifier: MIT
/** Types a PIN into the extension's PIN window (never into the page), as the user does. */
import type { Browser, Page } from "puppeteer-core";

/** The next PIN window the extension opens (an extension page under `pages/pin/`). */
export async function waitForPinWindow(browser: Browser, extensionOrigin: string, timeout = 30_000): Promise<Page> {
  const target = await browser.waitForTarget(
    (candidate) => candidate.url().startsWith(`${extensionOrigin}/pages/pin/`),
    {
      timeout,
    },
  );
  const page = await target.page();
  if (page === null) throw new Error("the PIN window has no page");
  await page.waitForSelector("#pin-form:not([hidden]) #pin", { visible: true, timeout });
  return page;
}

/** Types the PIN and submits; with `confirmLastTry` ticks the last-try box first. */
export async function submitPin(
  pinWindow: Page,
  pin: string,
  options: { confirmLastTry?: boolean } = {},
): Promise<void> {
  await pinWindow.waitForSelector("#pin", { visible: true });
  await pinWindow.$eval("#pin", (node) => {
    (node as HTMLInputElement).value = "";
  });
  await pinWindow.type("#pin", pin);
  if (options.confirmLastTry) await pinWindow.click("#confirm-last-try");
  await pinWindow.click("#submit");
}

/** After a wrong PIN: the window stays open and shows an error; resolves with its text. */
export async function waitForPinError(pinWindow: Page, timeout = 30_000): Promise<string> {
  await pinWindow.waitForSelector("#error:not([hidden])", { visible: true, timeout });
  return pinWindow.$eval("#error", (node) => node.textContent ?? "");
}
