// SPDX-License-Identifier: MIT
/**
 * No PIN-window flood (docs/security.md), in Chromium and Firefox. A page that fires 40 signature requests at once gets
 * one PIN window; the other 39 are answered REQUEST_PENDING before anything is typed, and reach neither the host nor
 * the card. Five tabs asking at once get one ready window, three waiting ("queued") and one CARD_BUSY reply: the card
 * queue holds the running request and three behind it. Every window that was opened still signs its own digest.
 */
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_WAITING_REQUESTS } from "../../extension/background/card-queue";
import { PageFailureReplySchema, PageSignReplySchema } from "../../extension/protocol/page";
import { useCardStack } from "../support/use-card-stack";
import {
  launchApp,
  openBridgePage,
  recordedReplies,
  waitForReply,
  type BridgeTestServer,
} from "./support/bridge-test-page";
import { launchBridgeBrowser } from "./support/bridge-browser";
import { digestFingerprint, digestInfoBase64, signatureMatches } from "./support/card-crypto";
import {
  BROWSER_KINDS,
  openPinWindows,
  waitForReadyPinWindow,
  type ExtensionBrowser,
} from "./support/extension-browser";
import { hostRequestCount } from "./support/host-log";
import { readPinWindow, submitPin } from "./support/pin-window-driver";
import { settle } from "./support/settle";
import { TEST_PINS } from "../support/test-pins";

const FLOOD = 40;
const TABS = MAX_WAITING_REQUESTS + 2;
const SIGN_PIN = TEST_PINS.sign;
const stack = useCardStack();

/** Waits until the open PIN windows are one ready and `queued` waiting their turn, and returns them (ready first). */
async function waitForPinWindows(target: ExtensionBrowser, queued: number): Promise<{ page: Page; phase: string }[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const windows = await openPinWindows(target);
    const ready = windows.filter((window) => window.phase === "ready");
    const waiting = windows.filter((window) => window.phase === "queued");
    if (ready.length === 1 && waiting.length === queued && windows.length === queued + 1) return [...ready, ...waiting];
    if (Date.now() > deadline)
      throw new Error(
        `expected 1 ready and ${queued} queued PIN windows; phases ${windows.map((w) => w.phase).join(",")}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Dispatches all `digests` as mode-02 requests in one go, inside the page (no round trip between them). The page
 * notes when the burst started and when each reply came (`window.replyTimes`, ms after the start).
 */
async function fireSignRequests(page: Page, digests: string[]): Promise<void> {
  await page.evaluate((all: string[]) => {
    const start = performance.now();
    const times: number[] = [];
    (window as unknown as { replyTimes: number[] }).replyTimes = times;
    document.addEventListener("recvMsg", () => times.push(performance.now() - start));
    for (const digest of all)
      document.dispatchEvent(
        new CustomEvent("launchApp", { detail: JSON.stringify({ mode: "02", digest: [digest] }) }),
      );
  }, digests);
}

describe.each(BROWSER_KINDS)("no PIN-window flood in %s", (kind) => {
  let target: ExtensionBrowser;
  let server: BridgeTestServer;
  let tabs: Page[];
  const hostRequests = (): number => hostRequestCount(target.home.hostLog);

  beforeAll(async () => {
    ({ server, target } = await launchBridgeBrowser(kind, { reader: stack.readerName }));
    tabs = [];
    for (let index = 0; index < TABS; index++) tabs.push(await openBridgePage(target.browser, `${server.origin}/`));
    // The options page's diagnostics (run when the origin was allowed) may still be talking to the host and the card.
    await settle(() => `${stack.card.model.apduLog.length}/${hostRequests()}`);
  }, 120_000);
  afterAll(async () => {
    await target?.close();
    await server?.close();
  });

  it(`${FLOOD} requests from one page: one PIN window, ${FLOOD - 1} REQUEST_PENDING replies, nothing more to the host`, async () => {
    const page = tabAt(tabs, 0);
    const digests = Array.from({ length: FLOOD }, (_, index) => digestInfoBase64(`flood ${index}`));
    const hostBefore = hostRequests();
    await fireSignRequests(page, digests);
    await waitForReply(page, FLOOD - 1, 30_000);
    const replyTimes = await page.evaluate(() => (window as unknown as { replyTimes: number[] }).replyTimes);
    console.info(
      `${kind}: ${FLOOD - 1} REQUEST_PENDING replies, the last ${Math.round(replyTimes.at(-1) ?? NaN)} ms after the burst`,
    );
    const replies = (await recordedReplies(page)).map((reply) => PageFailureReplySchema.parse(reply));
    expect(replies.map((reply) => reply.error_code)).toEqual(Array(FLOOD - 1).fill("REQUEST_PENDING"));
    expect(replies.every((reply) => reply.mode === "02")).toBe(true);
    const [window] = await waitForPinWindows(target, 0);
    if (window === undefined) throw new Error("no PIN window");
    // The window is the first request's, and only its tries-left query reached the host.
    expect((await readPinWindow(window.page)).fingerprints).toEqual([digestFingerprint(digests[0] ?? "")]);
    expect(hostRequests()).toBe(hostBefore + 1);

    await submitPin(window.page, SIGN_PIN);
    const signed = PageSignReplySchema.parse(await waitForReply(page, FLOOD, 60_000));
    expect(signatureMatches(signed.certificate, signed.signature[0] ?? "", digests[0] ?? "")).toBe(true);
    expect(hostRequests()).toBe(hostBefore + 2);
    expect(await recordedReplies(page)).toHaveLength(FLOOD);

    // The tab's request is over: the next one is served.
    const next = digestInfoBase64("after the flood");
    await launchApp(page, { mode: "02", digest: [next] });
    const [nextWindow] = await waitForPinWindows(target, 0);
    if (nextWindow === undefined) throw new Error("no PIN window for the next request");
    await submitPin(nextWindow.page, SIGN_PIN);
    const after = PageSignReplySchema.parse(await waitForReply(page, FLOOD + 1, 60_000));
    expect(signatureMatches(after.certificate, after.signature[0] ?? "", next)).toBe(true);
    expect(stack.card.model.triesLeft("sign")).toBe(5);
  }, 180_000);

  it(`${TABS} tabs at once: one ready window, ${MAX_WAITING_REQUESTS} queued, one CARD_BUSY; each window signs its own tab's digest`, async () => {
    const repliesBefore = await Promise.all(tabs.map(async (tab) => (await recordedReplies(tab)).length));
    const digests = tabs.map((_, index) => digestInfoBase64(`tab ${index}`));
    const hostBefore = hostRequests();
    await Promise.all(tabs.map((tab, index) => fireSignRequests(tab, [digests[index] ?? ""])));

    await waitForPinWindows(target, MAX_WAITING_REQUESTS);
    const refused = await waitForRefusedTab(tabs, repliesBefore);
    const busy = PageFailureReplySchema.parse((await recordedReplies(tabAt(tabs, refused))).at(-1));
    expect(busy.error_code).toBe("CARD_BUSY");
    expect(hostRequests()).toBe(hostBefore + 1);

    const served = new Set<number>();
    const done = new Set<Page>();
    for (let turn = 0; turn < TABS - 1; turn++) {
      const { ready } = await waitForReadyPinWindow(target, done);
      const shown = (await readPinWindow(ready)).fingerprints;
      const owner = digests.findIndex((digest) => shown.length === 1 && shown[0] === digestFingerprint(digest));
      expect(owner, `window shows ${shown.join(",")}`).toBeGreaterThanOrEqual(0);
      expect(owner).not.toBe(refused);
      expect(served.has(owner)).toBe(false);
      await submitPin(ready, SIGN_PIN);
      done.add(ready);
      served.add(owner);
      const tab = tabAt(tabs, owner);
      const reply = PageSignReplySchema.parse(await waitForReply(tab, (repliesBefore[owner] ?? 0) + 1, 60_000));
      expect(signatureMatches(reply.certificate, reply.signature[0] ?? "", digests[owner] ?? "")).toBe(true);
    }
    // Two host requests (tries left, then the signature) for each window; none for the refused tab.
    expect(hostRequests()).toBe(hostBefore + 2 * (TABS - 1));
    for (const [index, tab] of tabs.entries())
      expect(await recordedReplies(tab)).toHaveLength((repliesBefore[index] ?? 0) + 1);
  }, 300_000);
});

function tabAt(tabs: Page[], index: number): Page {
  const tab = tabs[index];
  if (tab === undefined) throw new Error(`no tab ${index}`);
  return tab;
}

/** The index of the one tab that got a reply (its refusal) while the other tabs' windows are still open. */
async function waitForRefusedTab(tabs: Page[], repliesBefore: number[]): Promise<number> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const counts = await Promise.all(tabs.map(async (tab) => (await recordedReplies(tab)).length));
    const answered = counts.flatMap((count, index) => (count > (repliesBefore[index] ?? 0) ? [index] : []));
    if (answered.length > 1) throw new Error(`tabs ${answered.join(",")} answered before any PIN was typed`);
    const [refused] = answered;
    if (refused !== undefined) return refused;
    if (Date.now() > deadline) throw new Error("no tab was refused");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
