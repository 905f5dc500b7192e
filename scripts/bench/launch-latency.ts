// SPDX-License-Identifier: MIT
import { existsSync, readFileSync } from "node:fs";
import { TargetType, type Page } from "puppeteer-core";
import { z } from "zod";
import { startBridgeTestServer, openBridgePage } from "../../test/e2e/support/bridge-test-page";
import {
  allowOrigin,
  launchExtensionBrowser,
  waitForPinWindow,
  type ExtensionBrowser,
} from "../../test/e2e/support/extension-browser";
import { submitPin, waitForPhase } from "../../test/e2e/support/pin-window-driver";
import { PIN_READY_MARK, PIN_SUBMITTED_MARK } from "../../extension/pages/pin/marks";
import { PIN_WINDOW_SHAPE } from "../../extension/background/pin-window-shape";
import { digestInfoOf } from "../../test/drivers/card-operations";
import { TEST_PINS } from "../../test/support/test-pins";

/**
 * Epoch ms of the PIN window's ready and submitted marks, reported as they are set (the window closes right after a
 * successful signature, so they cannot be read afterwards). Marks already set are read at once; later ones are
 * reported from inside `performance.mark` itself, before the window goes on to send the PIN: a PerformanceObserver
 * reports only after the window's next task, which a closing window may never run.
 */
async function watchPinWindowMarks(
  pinWindow: Page,
): Promise<() => Promise<{ startedAt: number; readyAt: number; submittedAt: number }>> {
  const seen = new Map<string, number>();
  let notify = (): void => undefined;
  await pinWindow.exposeFunction("benchMark", (name: string, at: number) => {
    seen.set(name, at);
    notify();
  });
  const startedAt = await pinWindow.evaluate(() => {
    const report = Reflect.get(window, "benchMark") as (name: string, at: number) => void;
    for (const entry of performance.getEntriesByType("mark"))
      report(entry.name, performance.timeOrigin + entry.startTime);
    const mark = performance.mark.bind(performance);
    performance.mark = (name, options) => {
      const entry = mark(name, options);
      report(entry.name, performance.timeOrigin + entry.startTime);
      return entry;
    };
    return performance.timeOrigin;
  });
  return async () => {
    const deadline = Date.now() + 10_000;
    while (!seen.has(PIN_SUBMITTED_MARK) && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        notify = resolve;
        setTimeout(resolve, 200);
      });
    }
    const readyAt = seen.get(PIN_READY_MARK);
    const submittedAt = seen.get(PIN_SUBMITTED_MARK);
    if (readyAt === undefined || submittedAt === undefined) throw new Error("the PIN window did not mark ready/submit");
    return { startedAt, readyAt, submittedAt };
  };
}

/** One `launchApp` → `recvMsg` round, split into its parts (ms). */
export interface LaunchRun {
  readonly totalMs: number;
  /**
   * The user's time: from the PIN window becoming ready for the PIN to the PIN being submitted, both marked by the
   * window itself (so the driver's polling for the window and the typing are here, not in the overhead).
   */
  readonly pinMs: number;
  /** What the host reported for the requests of this round (its `ms`: card and host work). */
  readonly hostMs: number;
  /** `launchApp` → PIN window ready (includes the host's pin-status). */
  readonly toReadyMs: number;
  /** `launchApp` → the PIN window's document starting (its `performance.timeOrigin`). */
  readonly toWindowMs: number;
  /** The PIN window's document start → its page bytes received (the browser's part of loading it). */
  readonly pageBytesMs: number;
  /** The PIN window's document start → DOMContentLoaded (its HTML, CSS and modules parsed and run). */
  readonly pageLoadedMs: number;
  /** PIN submitted → `recvMsg` (includes the host's signature). */
  readonly afterSubmitMs: number;
  /**
   * Our messaging and code alone: `launchApp` → the PIN window's document starting, plus PIN submitted → `recvMsg`
   * minus the host's signature. Leaves out the browser opening and drawing the window (and pin-status within it).
   */
  readonly messagingMs: number;
  /** The rest: page bridge, background, opening and drawing the PIN window, native messaging, the reply. */
  readonly overheadMs: number;
  /**
   * The browser's own part, measured in the same round: `windows.create` of a blank extension page with a one-line
   * script, in the PIN window's shape → its DOMContentLoaded (the deferred script has run by then). A PIN window
   * needs at least that: MV3 allows no inline script, so its code comes from a file.
   */
  readonly blankWindowMs: number;
}

/** The blank page and its one-line script, added to the bench browser's copy of the extension only. */
const BLANK_PAGE_PATH = "bench-blank.html";
const BLANK_PAGE_FILES = {
  [BLANK_PAGE_PATH]:
    '<!doctype html>\n<html lang="ja"><head><meta charset="utf-8" /><title>bench</title>' +
    '<script type="module" src="bench-blank.js"></script></head><body></body></html>\n',
  "bench-blank.js": 'performance.mark("bench-blank");\n',
};

/** Resolves once the PIN window is gone (the background closes it after the reply), or after 5 s. */
async function pinWindowClosed(pinWindow: Page): Promise<void> {
  for (const deadline = Date.now() + 5_000; !pinWindow.isClosed() && Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** `windows.create` (called in the extension's service worker) of the blank page → its DOMContentLoaded, in ms. */
async function blankWindowMs(target: ExtensionBrowser, round: number): Promise<number> {
  const workerTarget = await target.browser.waitForTarget(
    (candidate) => candidate.type() === TargetType.SERVICE_WORKER && candidate.url().startsWith(target.extensionOrigin),
  );
  const worker = await workerTarget.worker();
  if (worker === null) throw new Error("the extension's service worker is not reachable");
  const url = `${target.extensionOrigin}/${BLANK_PAGE_PATH}?round=${round}`;
  const opened = target.browser.waitForTarget((candidate) => candidate.url() === url);
  const { createdAt, windowId } = await worker.evaluate(
    async (pageUrl, shape) => {
      const at = performance.timeOrigin + performance.now();
      const created = await chrome.windows.create({ url: pageUrl, ...shape });
      return { createdAt: at, windowId: created?.id ?? -1 };
    },
    url,
    PIN_WINDOW_SHAPE,
  );
  const page = await (await opened).page();
  if (page === null) throw new Error("the blank window has no page");
  await page.waitForFunction(() => document.readyState !== "loading", { polling: 20 });
  const loadedAt = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
    return performance.timeOrigin + (navigation?.domContentLoadedEventStart ?? NaN);
  });
  await worker.evaluate((id) => chrome.windows.remove(id), windowId);
  return loadedAt - createdAt;
}

const HostLogLineSchema = z.object({ event: z.string(), ms: z.number().optional() });

/** `ms` of every answered request in the host's log. */
export function hostTimes(file: string): number[] {
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
 * typed by the driver. Times are taken in the page (launch, reply) and by the PIN window's own marks (ready,
 * submitted); the host's own `ms` is subtracted as card time.
 */
export async function measureLaunchToReply(readerName: string, runs: number): Promise<LaunchRun[]> {
  const server = await startBridgeTestServer();
  const target = await launchExtensionBrowser("chromium", {
    reader: readerName,
    extraFiles: BLANK_PAGE_FILES,
  });
  try {
    await allowOrigin(target, server.origin);
    const page = await openBridgePage(target.browser, `${server.origin}/`);
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
      const marks = await watchPinWindowMarks(pinWindow);
      await waitForPhase(pinWindow, "ready");
      const pinPage = await pinWindow.evaluate(() => {
        const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
        return { bytes: navigation?.responseEnd ?? NaN, loaded: navigation?.domContentLoadedEventStart ?? NaN };
      });
      await submitPin(pinWindow, TEST_PINS.auth);
      const { startedAt, readyAt, submittedAt } = await marks();
      const pinMs = submittedAt - readyAt;
      await page.waitForFunction(() => Number(Reflect.get(window, "benchReplyAt")) > 0, {
        timeout: 30_000,
        polling: 20,
      });
      const replyAt = await page.evaluate(() => Number(Reflect.get(window, "benchReplyAt")));
      const roundHostTimes = hostTimes(target.home.hostLog).slice(hostBefore);
      const hostMs = roundHostTimes.reduce((sum, ms) => sum + ms, 0);
      // The last request of a round is the signature (after pin-status); it runs between submit and reply.
      const signHostMs = roundHostTimes.at(-1) ?? 0;
      const totalMs = replyAt - launchedAt;
      // After the PIN window has closed, as the next request would find the browser.
      await pinWindowClosed(pinWindow);
      const blankMs = await blankWindowMs(target, i);
      if (i > 0) {
        results.push({
          totalMs,
          pinMs,
          hostMs,
          toReadyMs: readyAt - launchedAt,
          toWindowMs: startedAt - launchedAt,
          pageBytesMs: pinPage.bytes,
          pageLoadedMs: pinPage.loaded,
          afterSubmitMs: replyAt - submittedAt,
          overheadMs: totalMs - pinMs - hostMs,
          messagingMs: startedAt - launchedAt + (replyAt - submittedAt - signHostMs),
          blankWindowMs: blankMs,
        });
      }
    }
    return results;
  } finally {
    await target.close();
    await server.close();
  }
}
