// SPDX-License-Identifier: MIT
/**
 * Host and service faults across the whole chain (docs/security.md), in Chromium and Firefox: page → content script →
 * background → host → pcscd → emulated card. The host killed mid-request, pcscd restarted between two requests,
 * and the card taken out of and put back into the reader, each without restarting the browser.
 */
import type { Page } from "puppeteer-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { errorMessage } from "../../shared/errors/catalogue";
import { PageAuthReplySchema, PageFailureReplySchema } from "../../extension/protocol/page";
import { restartPcscd } from "../stack/pcscd-process";
import { waitForCardPresence } from "../stack/pcsc-readers";
import { useCardStack } from "../support/use-card-stack";
import { hostPids, runDiagnostics, waitUntil } from "./hardening-support";
import { launchApp, waitForReply, type BridgeTestServer, openBridgePage } from "./support/bridge-test-page";
import { launchBridgeBrowser } from "./support/bridge-browser";
import { digestInfoBase64, signatureMatches } from "./support/card-crypto";
import { BROWSER_KINDS, openExtensionPage, waitForPinWindow, type ExtensionBrowser } from "./support/extension-browser";
import { cancelPinWindow, readPinWindow, submitPin, waitForPhase } from "./support/pin-window-driver";
import { TEST_PINS } from "../support/test-pins";

const AUTH_PIN = TEST_PINS.auth;
const stack = useCardStack();

describe.each(BROWSER_KINDS)("host and service faults in %s", (kind) => {
  let target: ExtensionBrowser;
  let server: BridgeTestServer;
  let page: Page;
  let replies = 0;

  /** A mode-01 request from the page, answered with the PIN in the PIN window; returns the page's reply. */
  const authenticate = async (text: string): Promise<Record<string, unknown>> => {
    const digest = digestInfoBase64(text);
    await launchApp(page, { mode: "01", digest });
    const pinWindow = await waitForPinWindow(target);
    await submitPin(pinWindow, AUTH_PIN);
    const reply = await waitForReply(page, ++replies, 60_000);
    const parsed = PageAuthReplySchema.safeParse(reply);
    if (parsed.success) expect(signatureMatches(parsed.data.certificate, parsed.data.signature, digest)).toBe(true);
    return reply;
  };

  beforeAll(async () => {
    ({ server, target } = await launchBridgeBrowser(kind, { reader: stack.readerName }));
    page = await openBridgePage(target.browser, `${server.origin}/`);
  });
  // A test that fails half-way must not leave the next ones (and the other browser's) without a card.
  afterEach(async () => {
    stack.card.unhang();
    stack.card.clearFaults();
    if (!stack.card.inserted) {
      await stack.card.insert();
      await waitForCardPresence(stack.readerName, true, 10_000);
    }
  });
  afterAll(async () => {
    await target?.close();
    await server?.close();
  });

  it("host killed mid-request → a coded error reaches the page; the next request starts a new host and succeeds", async () => {
    await launchApp(page, { mode: "01", digest: digestInfoBase64("killed mid-request") });
    const pinWindow = await waitForPinWindow(target);
    await waitForPhase(pinWindow, "ready");
    const [firstHost, ...others] = hostPids(target.home.configDir);
    expect(firstHost).toBeDefined();
    expect(others).toEqual([]);
    stack.card.hang({ ins: 0x2a });
    await submitPin(pinWindow, AUTH_PIN);
    await stack.card.whenHung();
    process.kill(firstHost ?? 0, "SIGKILL");
    const failure = PageFailureReplySchema.parse(await waitForReply(page, ++replies, 30_000));
    expect(failure).toMatchObject({ mode: "01", result: "1", error_code: "HOST_DISCONNECTED" });
    stack.card.unhang();
    stack.card.clearFaults();
    await waitForPhase(pinWindow, "failed");
    expect((await readPinWindow(pinWindow)).error).toContain(errorMessage("HOST_DISCONNECTED", "ja"));
    await pinWindow.close();
    await waitUntil(() => hostPids(target.home.configDir).length === 0, 10_000, "the killed host is gone");

    expect(PageAuthReplySchema.parse(await authenticate("after the kill")).result).toBe("0");
    const [secondHost] = hostPids(target.home.configDir);
    expect(secondHost).toBeDefined();
    expect(secondHost).not.toBe(firstHost);
    expect(stack.card.model.triesLeft("auth")).toBe(3);
  });

  it("pcscd restarted between two requests → the second succeeds (same browser, same host process)", async () => {
    PageAuthReplySchema.parse(await authenticate("before the restart"));
    const hostBefore = hostPids(target.home.configDir);
    await restartPcscd();
    await waitForCardPresence(stack.readerName, true, 15_000);
    PageAuthReplySchema.parse(await authenticate("after the restart"));
    expect(hostPids(target.home.configDir)).toEqual(hostBefore);
  });

  it("card taken out → the diagnostics view says so with the fix; put back → all checks pass and requests work", async () => {
    const options = await openExtensionPage(target, "pages/options/index.html");
    stack.card.remove();
    await waitForCardPresence(stack.readerName, false, 10_000);
    const withoutCard = await runDiagnostics(options);
    const problems = withoutCard.filter((check) => !check.ok);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.text).toContain(errorMessage("NO_CARD", "ja"));
    expect(withoutCard.map((check) => check.text).join("\n")).toContain(stack.readerName);

    await launchApp(page, { mode: "01", digest: digestInfoBase64("no card") });
    const pinWindow = await waitForPinWindow(target);
    await waitForPhase(pinWindow, "ready");
    await cancelPinWindow(pinWindow);
    expect(await waitForReply(page, ++replies)).toMatchObject({ result: "1", error_code: "USER_CANCELLED" });

    await stack.card.insert();
    await waitForCardPresence(stack.readerName, true, 10_000);
    const withCard = await runDiagnostics(options);
    expect(withCard.filter((check) => !check.ok)).toEqual([]);
    expect(withCard.map((check) => check.text).join("\n")).toMatch(/3\/3.*5\/5.*3\/3/);
    await options.close();
    PageAuthReplySchema.parse(await authenticate("card back"));
  });
});
