// SPDX-License-Identifier: MIT
/**
 * The background stopped while a request waits (issue #7 §2). Chromium: the service worker is stopped through CDP
 * (`ServiceWorker.stopAllWorkers`) while the PIN window is open → the page gets exactly one coded reply and the PIN
 * window closes (no orphan). Both browsers, Firefox with its idle timeout cut to 5 s: a PIN typed 40 s after the
 * request still completes, with exactly one reply.
 */
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PageAuthReplySchema, PageFailureReplySchema } from "../../shared/protocol/page";
import { useCardStack } from "../support/use-card-stack";
import { openPinWindowCount, waitUntil } from "./hardening-support";
import {
  launchApp,
  recordedReplies,
  startBridgeTestServer,
  waitForReply,
  type BridgeTestServer,
} from "./support/bridge-test-page";
import { digestInfoBase64, signatureMatches } from "./support/card-crypto";
import {
  BROWSER_KINDS,
  allowOrigin,
  launchExtensionBrowser,
  waitForPinWindow,
  type ExtensionBrowser,
} from "./support/extension-browser";
import { submitPin, waitForPhase } from "./support/pin-window-driver";

const AUTH_PIN = "1234";
const stack = useCardStack();
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(BROWSER_KINDS)("background stopped while waiting in %s", (kind) => {
  let target: ExtensionBrowser;
  let server: BridgeTestServer;
  let page: Page;
  let replies = 0;

  beforeAll(async () => {
    server = await startBridgeTestServer();
    target = await launchExtensionBrowser(kind, { reader: stack.readerName, firefoxIdleTimeoutSeconds: 5 });
    await allowOrigin(target, server.origin);
    page = await target.browser.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForSelector("#app-is-installed", { timeout: 15_000 });
  });
  afterAll(async () => {
    await target?.close();
    await server?.close();
  });

  it.runIf(kind === "chromium")(
    "service worker stopped with the PIN window open → one coded reply, the PIN window closes",
    async () => {
      await launchApp(page, { mode: "01", digest: digestInfoBase64("worker stopped") });
      const pinWindow = await waitForPinWindow(target);
      await waitForPhase(pinWindow, "ready");
      const session = await page.createCDPSession();
      await session.send("ServiceWorker.enable");
      await session.send("ServiceWorker.stopAllWorkers");
      await session.detach();
      const failure = PageFailureReplySchema.parse(await waitForReply(page, ++replies, 30_000));
      expect(failure).toMatchObject({ mode: "01", result: "1", error_code: "HOST_DISCONNECTED" });
      await waitUntil(async () => (await openPinWindowCount(target)) === 0, 15_000, "the orphaned PIN window closes");
      await sleep(2_000);
      expect(await recordedReplies(page)).toHaveLength(replies);
    },
  );

  it("a PIN typed 40 s after the request completes, with exactly one reply", async () => {
    const digest = digestInfoBase64("typed after 40 s");
    await launchApp(page, { mode: "01", digest });
    const pinWindow = await waitForPinWindow(target);
    await waitForPhase(pinWindow, "ready");
    await sleep(40_000);
    await submitPin(pinWindow, AUTH_PIN);
    const reply = PageAuthReplySchema.parse(await waitForReply(page, ++replies, 60_000));
    expect(signatureMatches(reply.certificate, reply.signature, digest)).toBe(true);
    await sleep(2_000);
    expect(await recordedReplies(page)).toHaveLength(replies);
    await waitUntil(
      async () => (await openPinWindowCount(target)) === 0,
      15_000,
      "the PIN window closes after success",
    );
  });
});
