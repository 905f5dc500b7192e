// SPDX-License-Identifier: MIT
/** Reading and driving the extension's PIN window as a user would: its visible text, the PIN field, its buttons. */
import { ProtocolError, type Page } from "puppeteer-core";
import type { PinPhase } from "../../../extension/protocol/extension";

/** What the PIN window shows. */
export interface PinWindowState {
  readonly phase: string;
  readonly origin: string;
  readonly operation: string;
  readonly fingerprints: string[];
  readonly ownerName: string;
  readonly uaSerials: string;
  readonly triesLeft: string;
  readonly error: string | null;
  readonly lastTryConfirmationShown: boolean;
  readonly formShown: boolean;
}

export async function readPinWindow(page: Page): Promise<PinWindowState> {
  return page.evaluate(() => {
    const text = (id: string): string => document.getElementById(id)?.textContent ?? "";
    const hidden = (id: string): boolean => document.getElementById(id)?.hidden ?? true;
    return {
      phase: document.body.dataset.phase ?? "",
      origin: text("origin"),
      operation: text("operation"),
      fingerprints: [...document.querySelectorAll("#fingerprints li")].map((item) => item.textContent ?? ""),
      ownerName: text("owner-name"),
      uaSerials: text("ua-serials"),
      triesLeft: text("tries-left"),
      error: hidden("error") ? null : text("error"),
      lastTryConfirmationShown: !hidden("last-try"),
      formShown: !hidden("pin-form"),
    };
  });
}

/** Waits until the window shows the background's first view (its static HTML says nothing before that). */
export async function waitForView(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(() => (document.getElementById("operation")?.textContent ?? "") !== "", {
    timeout,
    polling: 100,
  });
}

export async function waitForPhase(page: Page, phase: PinPhase, timeout = 20_000): Promise<void> {
  await page.waitForFunction((expected) => document.body.dataset.phase === expected, { timeout, polling: 100 }, phase);
}

/** Waits until the window shows an error (e.g. after a wrong PIN) and returns its text. */
export async function waitForError(page: Page, timeout = 20_000): Promise<string> {
  await page.waitForFunction(
    () => document.body.dataset.phase === "ready" && document.getElementById("error")?.hidden === false,
    { timeout, polling: 100 },
  );
  return (await readPinWindow(page)).error ?? "";
}

/** Types the PIN into the window's field (never into the web page) and presses OK. */
export async function submitPin(page: Page, pin: string, options: { confirmLastTry?: boolean } = {}): Promise<void> {
  await waitForPhase(page, "ready");
  await page.bringToFront();
  await page.waitForSelector("#pin:not([disabled])", { visible: true });
  await page.type("#pin", pin);
  const typed = await page.$eval("#pin", (input) => (input as HTMLInputElement).value.length);
  if (typed !== pin.length) throw new Error(`typed ${typed} of ${pin.length} PIN characters into the PIN window`);
  if (options.confirmLastTry === true) await page.click("#confirm-last-try");
  await clickMayClose(page, "#submit");
}

/** Presses Cancel (the window then closes; the page gets USER_CANCELLED). */
export async function cancelPinWindow(page: Page): Promise<void> {
  await clickMayClose(page, "#cancel");
}

/**
 * Clicks a button that may close the window: the browser can close it before it acknowledges the click, which
 * Chromium reports as TargetCloseError. That is the click having worked; callers check its effect (the reply).
 */
async function clickMayClose(page: Page, selector: string): Promise<void> {
  try {
    await page.click(selector);
  } catch (error) {
    // TargetCloseError (a ProtocolError) is not exported by puppeteer-core's types; its name says it.
    if (!(error instanceof ProtocolError && error.name === "TargetCloseError")) throw error;
  }
}
