// SPDX-License-Identifier: MIT
/**
 * A page that goes away ends its request, in Chromium and Firefox: closed, reloaded or navigated away while its PIN
 * window waits for the PIN, the window closes, nothing more reaches the card, and the next page's request is served.
 * (The request's port closes with the page, or at its `pagehide`; the background then ends the request.)
 */
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useCardStack } from "../support/use-card-stack";
import { launchBridgeBrowser } from "./support/bridge-browser";
import { launchApp, openBridgePage, waitForReply, type BridgeTestServer } from "./support/bridge-test-page";
import { digestInfoBase64 } from "./support/card-crypto";
import { BROWSER_KINDS, openPinWindows, waitForPinWindow, type ExtensionBrowser } from "./support/extension-browser";
import { submitPin, waitForPhase } from "./support/pin-window-driver";

const stack = useCardStack();
const CARD_INFO_PIN = "5678";

/** Waits until no PIN window is open; fails after `timeoutMs`. */
async function noPinWindowWithin(target: ExtensionBrowser, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; ; await new Promise((resolve) => setTimeout(resolve, 200))) {
    if ((await openPinWindows(target)).length === 0) return;
    if (Date.now() > deadline) throw new Error(`a PIN window is still open after ${timeoutMs} ms`);
  }
}

describe.each(BROWSER_KINDS)("a page that goes away ends its request, in %s", (kind) => {
  let target: ExtensionBrowser;
  let server: BridgeTestServer;

  beforeAll(async () => {
    ({ server, target } = await launchBridgeBrowser(kind, { reader: stack.readerName }));
  });
  afterAll(async () => {
    await target?.close();
    await server?.close();
  });

  const leave: Record<string, (page: Page) => Promise<Page>> = {
    closed: async (page) => {
      await page.close();
      // Firefox's remote protocol can refuse a new tab right after one closed ("browsingContext is null"): try again.
      for (let attempt = 1; ; attempt++) {
        try {
          return await openBridgePage(target.browser, `${server.origin}/`);
        } catch (error) {
          if (attempt === 3) throw error;
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      }
    },
    reloaded: async (page) => {
      await page.reload();
      await page.waitForSelector("#app-is-installed", { timeout: 15_000 });
      return page;
    },
    "navigated away": async (page) => {
      await page.goto(`${server.origin}/another-page`);
      await page.waitForSelector("#app-is-installed", { timeout: 15_000 });
      return page;
    },
  };

  it.each(Object.keys(leave))(
    "%s: the PIN window closes, nothing more reaches the card, the next page's request is served",
    async (how) => {
      const page = await openBridgePage(target.browser, `${server.origin}/`);
      await launchApp(page, { mode: "02", service_id: "01", digest: digestInfoBase64(`left ${how}`) });
      const pinWindow = await waitForPinWindow(target);
      await waitForPhase(pinWindow, "ready");
      const apdus = stack.card.model.apduLog.length;

      const next = await (leave[how] ?? leave.closed!)(page);
      await noPinWindowWithin(target, 15_000);
      expect(stack.card.model.apduLog.length, "APDUs after the page went away").toBe(apdus);

      await launchApp(next, { mode: "04", service_id: "01" });
      const served = await waitForPinWindow(target);
      await waitForPhase(served, "ready");
      await submitPin(served, CARD_INFO_PIN);
      expect(await waitForReply(next, 1)).toMatchObject({ mode: "04", result: "0" });
      await next.close();
    },
  );
});
