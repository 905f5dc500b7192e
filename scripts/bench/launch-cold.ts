// SPDX-License-Identifier: MIT
import type { Page } from "puppeteer-core";
import { hostPids, stopBackground, waitUntil } from "../../test/e2e/hardening-support";
import { launchBridgeBrowser } from "../../test/e2e/support/bridge-browser";
import { openBridgePage } from "../../test/e2e/support/bridge-test-page";
import { waitForPinWindow, type BrowserKind } from "../../test/e2e/support/extension-browser";
import { submitPin, waitForPhase } from "../../test/e2e/support/pin-window-driver";
import { digestInfoOf } from "../../test/drivers/card-operations";
import { hostTimes } from "./launch-latency";
import { TEST_PINS } from "../../test/support/test-pins";

/** One first request after the background was stopped and the host had exited (ms). */
export interface ColdLaunchRun {
  /** `launchApp` → `recvMsg`, in the page. */
  readonly totalMs: number;
  /** The driver's part: PIN window seen ready → PIN submitted (polling and typing). */
  readonly userMs: number;
  /** The host's own `ms` for the round's requests (card work). */
  readonly hostMs: number;
  /** `launchApp` → PIN window seen ready: background start, host start, pin-status, the window. */
  readonly toReadyMs: number;
}

/**
 * The real first request as a user meets it: the extension's background stopped as the browser stops an idle one
 * (test/e2e/hardening-support.ts) and no host process left, then mode 01 from the page through the built extension
 * and the host executable to the emulated card, the PIN typed by the driver. Times come from the page's and the
 * driver's clocks (one machine, one wall clock).
 */
export async function measureColdLaunch(kind: BrowserKind, readerName: string, runs: number): Promise<ColdLaunchRun[]> {
  const { server, target } = await launchBridgeBrowser(kind, { reader: readerName });
  try {
    const page = await openBridgePage(target.browser, `${server.origin}/`);
    await page.evaluate(() =>
      document.addEventListener("recvMsg", () => Reflect.set(window, "benchReplyAt", Date.now())),
    );
    const results: ColdLaunchRun[] = [];
    const windows: Page[] = [];
    for (let round = 0; round < runs; round++) {
      await stopBackground(target, page);
      await waitUntil(() => hostPids(target.home.configDir).length === 0, 15_000, "no host process left");
      const hostBefore = hostTimes(target.home.hostLog).length;
      await page.evaluate(() => Reflect.set(window, "benchReplyAt", 0));
      const detail = { mode: "01", service_id: "01", digest: digestInfoOf(`cold ${round}`).toString("base64") };
      const launchedAt = await page.evaluate((request) => {
        const at = Date.now();
        (window as unknown as { launchApp(value: unknown): void }).launchApp(request);
        return at;
      }, detail);
      const pinWindow = await waitForPinWindow(target, { exclude: windows });
      windows.push(pinWindow);
      await waitForPhase(pinWindow, "ready");
      const readyAt = Date.now();
      await submitPin(pinWindow, TEST_PINS.auth);
      const submittedAt = Date.now();
      await page.waitForFunction(() => Number(Reflect.get(window, "benchReplyAt")) > 0, {
        timeout: 30_000,
        polling: 20,
      });
      const replyAt = await page.evaluate(() => Number(Reflect.get(window, "benchReplyAt")));
      results.push({
        totalMs: replyAt - launchedAt,
        userMs: submittedAt - readyAt,
        hostMs: hostTimes(target.home.hostLog)
          .slice(hostBefore)
          .reduce((sum, ms) => sum + ms, 0),
        toReadyMs: readyAt - launchedAt,
      });
    }
    return results;
  } finally {
    await target.close();
    await server.close();
  }
}
