// SPDX-License-Identifier: MIT
import { existsSync, readFileSync } from "node:fs";
import type { Page } from "puppeteer-core";
import { z } from "zod";
import { startBridgeTestServer } from "../../test/e2e/support/bridge-test-page";
import { allowOrigin, launchExtensionBrowser, waitForPinWindow } from "../../test/e2e/support/extension-browser";
import { submitPin, waitForPhase } from "../../test/e2e/support/pin-window-driver";
import { digestInfoOf } from "./card-operations";

/** One `launchApp` → `recvMsg` round, split into its parts (ms). */
export interface LaunchRun {
  readonly totalMs: number;
  /** Typing the PIN and pressing OK (the automated user). */
  readonly pinMs: number;
  /** What the host reported for the requests of this round (its `ms`: card and host work). */
  readonly hostMs: number;
  /** The rest: page bridge, background, PIN window, native messaging, and the driver noticing the window. */
  readonly overheadMs: number;
}

const HostLogLineSchema = z.object({ event: z.string(), ms: z.number().optional() });

/** `ms` of every answered request in the host's log. */
function hostTimes(file: string): number[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => HostLogLineSchema.parse(JSON.parse(line)))
    .filter((line) => line.event === "done" || line.event === "failed")
    .map((line) => line.ms ?? 0);
}

/**
 * Mode 01 from a page through the built Chromium extension and the real host to the emulated card, with the PIN
 * typed by the driver. Times are taken in the page (launch, reply) and around the typing; the host's own `ms` is
 * subtracted as card time. The driver's polling for the PIN window is counted as overhead (so it errs high).
 */
export async function measureLaunchToReply(readerName: string, runs: number): Promise<LaunchRun[]> {
  const server = await startBridgeTestServer();
  const target = await launchExtensionBrowser("chromium", { reader: readerName });
  try {
    await allowOrigin(target, server.origin);
    const page: Page = await target.browser.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForSelector("#app-is-installed", { timeout: 15_000 });
    await page.evaluate(() =>
      document.addEventListener("recvMsg", () => Reflect.set(window, "benchReplyAt", Date.now())),
    );
    const results: LaunchRun[] = [];
    const windows: Page[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const hostBefore = hostTimes(target.home.hostLog).length;
      await page.evaluate(() => Reflect.set(window, "benchReplyAt", 0));
      const detail = { mode: "01", service_id: "01", digest: digestInfoOf(`launch ${i}`).toString("base64") };
      const launchedAt = await page.evaluate((request) => {
        const at = Date.now();
        (window as unknown as { launchApp(value: unknown): void }).launchApp(request);
        return at;
      }, detail);
      const pinWindow = await waitForPinWindow(target, { exclude: windows });
      windows.push(pinWindow);
      await waitForPhase(pinWindow, "ready");
      const typingStart = Date.now();
      await submitPin(pinWindow, "1234");
      const pinMs = Date.now() - typingStart;
      await page.waitForFunction(() => Number(Reflect.get(window, "benchReplyAt")) > 0, {
        timeout: 30_000,
        polling: 20,
      });
      const replyAt = await page.evaluate(() => Number(Reflect.get(window, "benchReplyAt")));
      const hostMs = hostTimes(target.home.hostLog)
        .slice(hostBefore)
        .reduce((sum, ms) => sum + ms, 0);
      const totalMs = replyAt - launchedAt;
      if (i > 0) results.push({ totalMs, pinMs, hostMs, overheadMs: totalMs - pinMs - hostMs });
    }
    return results;
  } finally {
    await target.close();
    await server.close();
  }
}
