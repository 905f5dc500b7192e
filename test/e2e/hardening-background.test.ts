// SPDX-License-Identifier: MIT
/**
 * The background stopped while a request waits (docs/security.md), in Chromium and Firefox.
 *
 * How the stop is forced: Chromium's service worker through CDP (`ServiceWorker.stopAllWorkers`); Firefox's event
 * page through its own suspend path (`extension.terminateBackground`, reached in the parent process over WebDriver
 * BiDi), told to skip its keep-alive exemptions. Firefox's idle timer alone cannot stop our background while a
 * request waits: it never suspends an event page whose native-messaging port is open (the port opens with the
 * tries-left check and stays open for a minute after the last host call), and the content script's and PIN
 * window's keepalive messages reset it besides. The 40 s test therefore shows, in Firefox,
 * that the background was *not* stopped (state checked), with the idle timeout cut to 5 s; the forced stops show
 * what happens if it is stopped anyway (e.g. a future Firefox, or the extension process ending).
 *
 * Shown in both browsers: the background stopped (1) with the PIN window open and (2) while a host call is pending
 * (the card holds COMPUTE DIGITAL SIGNATURE) → the page gets exactly one HOST_DISCONNECTED reply, no PIN window is
 * left open, the old host exits once the card answers, and the next request completes; (3) a PIN typed 40 s after
 * the request completes with exactly one reply.
 */
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PageAuthReplySchema, PageFailureReplySchema } from "../../extension/protocol/page";
import { useCardStack } from "../support/use-card-stack";
import { firefoxBackgroundState, hostPids, openPinWindowCount, stopBackground, waitUntil } from "./hardening-support";
import {
  launchApp,
  recordedReplies,
  waitForReply,
  type BridgeTestServer,
  openBridgePage,
} from "./support/bridge-test-page";
import { launchBridgeBrowser } from "./support/bridge-browser";
import { digestInfoBase64, signatureMatches } from "./support/card-crypto";
import { BROWSER_KINDS, waitForPinWindow, type ExtensionBrowser } from "./support/extension-browser";
import { submitPin, waitForPhase } from "./support/pin-window-driver";
import { TEST_PINS } from "../support/test-pins";

const AUTH_PIN = TEST_PINS.auth;
const COMPUTE_DIGITAL_SIGNATURE = 0x2a;
const stack = useCardStack();
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(BROWSER_KINDS)("background stopped while waiting in %s", (kind) => {
  let target: ExtensionBrowser;
  let server: BridgeTestServer;
  let page: Page;
  let replies = 0;

  /** Exactly one reply per request so far, still true a moment later. */
  const expectOneReplyEach = async (): Promise<void> => {
    await sleep(2_000);
    expect(await recordedReplies(page)).toHaveLength(replies);
  };
  const noPinWindowLeft = (what: string): Promise<void> =>
    waitUntil(async () => (await openPinWindowCount(target)) === 0, 15_000, what);

  /** A mode-01 request answered with the PIN (after `beforeTyping`); asserts the signature. */
  const authenticate = async (text: string, beforeTyping = (): Promise<void> => Promise.resolve()): Promise<void> => {
    const digest = digestInfoBase64(text);
    await launchApp(page, { mode: "01", digest });
    const pinWindow = await waitForPinWindow(target);
    await waitForPhase(pinWindow, "ready");
    await beforeTyping();
    await submitPin(pinWindow, AUTH_PIN);
    const reply = PageAuthReplySchema.parse(await waitForReply(page, ++replies, 60_000));
    expect(signatureMatches(reply.certificate, reply.signature, digest)).toBe(true);
  };

  beforeAll(async () => {
    ({ server, target } = await launchBridgeBrowser(kind, { reader: stack.readerName, firefoxIdleTimeoutSeconds: 5 }));
    page = await openBridgePage(target.browser, `${server.origin}/`);
  });
  afterAll(async () => {
    stack.card.unhang();
    stack.card.clearFaults();
    await target?.close();
    await server?.close();
  });

  it("background stopped with the PIN window open → one coded reply, the PIN window closes", async () => {
    await launchApp(page, { mode: "01", digest: digestInfoBase64("background stopped") });
    const pinWindow = await waitForPinWindow(target);
    await waitForPhase(pinWindow, "ready");
    expect(await stopBackground(target, page)).toBe("stopped");
    const failure = PageFailureReplySchema.parse(await waitForReply(page, ++replies, 30_000));
    expect(failure).toMatchObject({ mode: "01", result: "1", error_code: "HOST_DISCONNECTED" });
    await noPinWindowLeft("the orphaned PIN window closes");
    await expectOneReplyEach();
  });

  it("background stopped while the host is signing → one coded reply, no PIN window left, the next request completes", async () => {
    await launchApp(page, { mode: "01", digest: digestInfoBase64("stopped mid-signature") });
    const pinWindow = await waitForPinWindow(target);
    await waitForPhase(pinWindow, "ready");
    stack.card.hang({ ins: COMPUTE_DIGITAL_SIGNATURE });
    await submitPin(pinWindow, AUTH_PIN);
    await stack.card.whenHung();
    const [pendingHost] = hostPids(target.home.configDir);
    expect(pendingHost).toBeDefined();

    expect(await stopBackground(target, page)).toBe("stopped");
    const failure = PageFailureReplySchema.parse(await waitForReply(page, ++replies, 30_000));
    expect(failure).toMatchObject({ mode: "01", result: "1", error_code: "HOST_DISCONNECTED" });
    await noPinWindowLeft("the PIN window of the stopped background closes");

    // The host lost its browser while pcscd held its command; once the card answers it must end, not linger.
    stack.card.unhang();
    stack.card.clearFaults();
    await waitUntil(() => !hostPids(target.home.configDir).includes(pendingHost ?? 0), 15_000, "the old host exits");
    await expectOneReplyEach();

    await authenticate("after the stop");
    expect(hostPids(target.home.configDir)).not.toContain(pendingHost);
    expect(stack.card.model.triesLeft("auth")).toBe(3);
    await noPinWindowLeft("the PIN window closes after success");
    await expectOneReplyEach();
  });

  it("a PIN typed 40 s after the request completes, with exactly one reply", async () => {
    await authenticate("typed after 40 s", async () => {
      await sleep(40_000);
      // Firefox, idle timeout 5 s: still running, kept by the native-messaging port (see the file comment).
      if (kind === "firefox") expect(await firefoxBackgroundState(target)).toBe("running");
    });
    await expectOneReplyEach();
    await noPinWindowLeft("the PIN window closes after success");
  });
});
