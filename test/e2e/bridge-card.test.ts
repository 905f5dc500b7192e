// SPDX-License-Identifier: MIT
/**
 * The page bridge end to end, in Chromium and Firefox: a local page on an allowlisted origin talks to the built
 * extension, which talks to the built host, which talks to the emulated card through the real pcscd. PINs are typed
 * into the extension's PIN window only.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "puppeteer-core";
import {
  PageAuthReplySchema,
  PageCardInfoReplySchema,
  PageFailureReplySchema,
  PageSignReplySchema,
} from "../../extension/protocol/page";
import { useCardStack } from "../support/use-card-stack";
import {
  PAGE_OWNER_NAME,
  PAGE_UA_SERIALS,
  detectionInputs,
  launchApp,
  recordedReplies,
  waitForReply,
  type BridgeTestServer,
  openBridgePage,
} from "./support/bridge-test-page";
import { launchBridgeBrowser } from "./support/bridge-browser";
import { digestInfoBase64, hexText, signatureMatches } from "./support/card-crypto";
import {
  BROWSER_KINDS,
  openExtensionPage,
  openOptionsPage,
  openPopupFor,
  waitForPinWindow,
  type ExtensionBrowser,
} from "./support/extension-browser";
import { hostRequestCount } from "./support/host-log";
import {
  cancelPinWindow,
  readPinWindow,
  submitPin,
  waitForError,
  waitForPhase,
  waitForView,
} from "./support/pin-window-driver";
import { saveScreenshot } from "./support/screenshots";
import { TEST_PINS } from "../support/test-pins";

const PINS = { auth: TEST_PINS.auth, sign: TEST_PINS.sign, cardInfo: TEST_PINS["card-info"] } as const;
const stack = useCardStack();
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(BROWSER_KINDS)("page bridge in %s", (kind) => {
  let target: ExtensionBrowser;
  let server: BridgeTestServer;
  let page: Page;
  let replies = 0;

  /** Sends a request from the page and returns the PIN window it opens. */
  const request = async (detail: unknown): Promise<Page> => {
    await launchApp(page, detail);
    const pinWindow = await waitForPinWindow(target);
    await waitForView(pinWindow);
    return pinWindow;
  };
  const nextReply = async (): Promise<Record<string, unknown>> => waitForReply(page, ++replies);
  /** Picks the UI language in the options page as a user does; the page saves it and reloads in that language. */
  const chooseLanguage = async (language: "auto" | "en"): Promise<void> => {
    const options = await openOptionsPage(target);
    await options.select("#setting-language", language);
    const expected = language === "en" ? "en" : "ja";
    for (const deadline = Date.now() + 20_000; ; await sleep(100)) {
      // The page is in the new language only after it saved the choice and reloaded (mid-reload it cannot answer).
      if ((await options.evaluate(() => document.documentElement.lang).catch(() => "")) === expected) break;
      if (Date.now() > deadline) throw new Error(`the options page did not reload in ${expected}`);
    }
    await options.close();
  };

  beforeAll(async () => {
    ({ server, target } = await launchBridgeBrowser(kind, { reader: stack.readerName }));
    page = await openBridgePage(target.browser, `${server.origin}/`);
  });
  afterAll(async () => {
    await target?.close();
    await server?.close();
  });
  // A failed test must not leave its PIN window holding the card queue for the next one: close it (the page gets a
  // USER_CANCELLED reply, which is counted so the next test waits for its own reply).
  afterEach(async () => {
    const prefix = `${target.extensionOrigin}/pages/pin/`;
    for (const open of await target.browser.pages()) {
      const href = await open.evaluate(() => location.href).catch(() => "");
      if (href.startsWith(prefix)) await open.close().catch(() => undefined);
    }
    await sleep(500);
    replies = (await recordedReplies(page)).length;
  });

  it("adds the detection inputs on the allowlisted origin", async () => {
    // The official content script's values for Windows: Chrome 29, Firefox 25 (Linux answers as Windows).
    expect(await detectionInputs(page)).toEqual({ extension: "1", app: kind === "firefox" ? "25" : "29" });
  });

  it("signs two digests (mode 02) after the sign password is typed in the PIN window", async () => {
    const digests = [digestInfoBase64("application data 1"), digestInfoBase64("application data 2")];
    const pinWindow = await request({ mode: "02", service_id: "01", digest: digests, extra: "kept" });
    await waitForPhase(pinWindow, "ready");
    const shown = await readPinWindow(pinWindow);
    expect(shown.origin).toBe(server.origin);
    expect(shown.operation).toContain("署名");
    expect(shown.fingerprints).toHaveLength(2);
    expect(shown.ownerName).toBe(PAGE_OWNER_NAME);
    expect(shown.uaSerials).toBe(PAGE_UA_SERIALS.join(", "));
    expect(shown.triesLeft).toContain("5");
    await submitPin(pinWindow, PINS.sign.toLowerCase());
    const reply = PageSignReplySchema.parse(await nextReply());
    expect(reply.signature).toHaveLength(2);
    expect(Buffer.from(reply.certificate, "base64").equals(Buffer.from(stack.pki.sign.der))).toBe(true);
    expect(reply.certificate).not.toContain("=");
    reply.signature.forEach((signature, index) =>
      expect(signatureMatches(reply.certificate, signature, digests[index] ?? "")).toBe(true),
    );
    expect(reply.combination_code).toMatch(/^[0-9a-f]{64}$/);
  });

  it("authenticates (mode 01) with the auth key and returns the auth certificate", async () => {
    const digest = digestInfoBase64("login challenge");
    const pinWindow = await request({ mode: "01", service_id: "01", digest });
    expect((await readPinWindow(pinWindow)).operation).toContain("利用者証明");
    await submitPin(pinWindow, PINS.auth);
    const reply = PageAuthReplySchema.parse(await nextReply());
    expect(Buffer.from(reply.certificate, "base64").equals(Buffer.from(stack.pki.auth.der))).toBe(true);
    expect(signatureMatches(reply.certificate, reply.signature, digest)).toBe(true);
  });

  it("reads the basic 4 facts (mode 04) as hex of UTF-8", async () => {
    const pinWindow = await request({ mode: "04", service_id: "01" });
    await submitPin(pinWindow, PINS.cardInfo);
    const reply = PageCardInfoReplySchema.parse(await nextReply());
    expect(hexText(reply.name)).toBe(stack.pki.holder.name);
    expect(hexText(reply.address)).toBe(stack.pki.holder.address);
    expect(hexText(reply.birthday)).toBe(stack.pki.holder.birthDate.replaceAll("-", ""));
    expect(hexText(reply.sex)).toBe(stack.pki.holder.sex);
  });

  it("answers Cancel, and closing the PIN window, with a failure reply", async () => {
    const cancelled = await request({ mode: "01", digest: digestInfoBase64("cancel me") });
    await waitForPhase(cancelled, "ready");
    await cancelPinWindow(cancelled);
    expect(PageFailureReplySchema.parse(await nextReply())).toMatchObject({
      mode: "01",
      result: "1",
      error_code: "USER_CANCELLED",
    });
    const closed = await request({ mode: "02", digest: digestInfoBase64("close me") });
    await waitForPhase(closed, "ready");
    await closed.close();
    expect(await nextReply()).toMatchObject({ mode: "02", result: "1", error_code: "USER_CANCELLED" });
    expect(stack.card.model.triesLeft("auth")).toBe(3);
  });

  it("shows the PIN window in the language chosen in the options, not the browser's (English in a Japanese browser)", async () => {
    await chooseLanguage("en");
    try {
      const pinWindow = await request({ mode: "01", digest: digestInfoBase64("in English") });
      await waitForPhase(pinWindow, "ready");
      expect(await readPinWindow(pinWindow)).toMatchObject({ operation: "User authentication" });
      expect(
        await pinWindow.evaluate(() => [document.documentElement.lang, document.querySelector("h1")?.textContent]),
      ).toEqual(["en", "My Number Card PIN or password"]);
      await cancelPinWindow(pinWindow);
      expect(await nextReply()).toMatchObject({ mode: "01", result: "1", error_code: "USER_CANCELLED" });
    } finally {
      await chooseLanguage("auto");
    }
  });

  it("answers an unknown mode and a malformed detail with failures, without a PIN window", async () => {
    await launchApp(page, { mode: "03", digest: "AAAA" });
    expect(await nextReply()).toEqual(expect.objectContaining({ mode: "03", result: "1", error_code: "UNKNOWN_MODE" }));
    await launchApp(page, "{not json");
    expect(PageFailureReplySchema.parse(await nextReply()).error_code).toBe("BAD_REQUEST");
    await launchApp(page, { mode: "02", digest: ["not base64!"] });
    expect(await nextReply()).toMatchObject({ mode: "02", result: "1", error_code: "BAD_REQUEST" });
  });

  it("shows tries left after a wrong PIN and lets the user retype (no automatic retry)", async () => {
    const digest = digestInfoBase64("wrong pin first");
    const pinWindow = await request({ mode: "01", digest });
    await submitPin(pinWindow, "9999");
    const error = await waitForError(pinWindow);
    expect(error).toContain("2");
    expect((await readPinWindow(pinWindow)).triesLeft).toContain("2");
    expect(stack.card.model.triesLeft("auth")).toBe(2);
    expect(await recordedReplies(page)).toHaveLength(replies);
    await submitPin(pinWindow, PINS.auth);
    const reply = PageAuthReplySchema.parse(await nextReply());
    expect(signatureMatches(reply.certificate, reply.signature, digest)).toBe(true);
    expect(stack.card.model.triesLeft("auth")).toBe(3);
  });

  it("asks for explicit confirmation before the last try", async () => {
    stack.card.model.setTriesLeft("auth", 1);
    const digest = digestInfoBase64("last try");
    const pinWindow = await request({ mode: "01", digest });
    await waitForPhase(pinWindow, "ready");
    expect((await readPinWindow(pinWindow)).lastTryConfirmationShown).toBe(true);
    const requestsBefore = hostRequestCount(target.home.hostLog);
    await submitPin(pinWindow, PINS.auth);
    expect((await readPinWindow(pinWindow)).error).toMatch(/残り 1 回/);
    expect(hostRequestCount(target.home.hostLog)).toBe(requestsBefore);
    expect(stack.card.model.triesLeft("auth")).toBe(1);
    await submitPin(pinWindow, PINS.auth, { confirmLastTry: true });
    const reply = PageAuthReplySchema.parse(await nextReply());
    expect(signatureMatches(reply.certificate, reply.signature, digest)).toBe(true);
    expect(stack.card.model.triesLeft("auth")).toBe(3);
  });

  it("runs one card operation at a time: a second tab's PIN window waits and says so", async () => {
    const second = await openBridgePage(target.browser, `${server.origin}/`);
    const firstDigest = digestInfoBase64("first tab");
    const firstWindow = await request({ mode: "01", digest: firstDigest });
    await waitForPhase(firstWindow, "ready");
    await launchApp(second, { mode: "01", digest: digestInfoBase64("second tab") });
    const secondWindow = await waitForPinWindow(target, { exclude: [firstWindow] });
    await waitForPhase(secondWindow, "queued");
    expect((await readPinWindow(secondWindow)).formShown).toBe(false);
    await submitPin(firstWindow, PINS.auth);
    PageAuthReplySchema.parse(await nextReply());
    await submitPin(secondWindow, PINS.auth);
    PageAuthReplySchema.parse(await waitForReply(second, 1));
    await second.close();
  });

  it("completes when the PIN is typed 40 s after the request (the background is kept alive)", async () => {
    const digest = digestInfoBase64("slow typist");
    const pinWindow = await request({ mode: "01", digest });
    await waitForPhase(pinWindow, "ready");
    await sleep(40_000);
    await submitPin(pinWindow, PINS.auth);
    const reply = PageAuthReplySchema.parse(await nextReply());
    expect(signatureMatches(reply.certificate, reply.signature, digest)).toBe(true);
  });

  it("does nothing on an origin that is not allowlisted: no inputs, no answer, nothing sent to the host", async () => {
    const other = await target.browser.newPage();
    await other.goto(`${server.otherOrigin}/`);
    const requestsBefore = hostRequestCount(target.home.hostLog);
    await sleep(1_000);
    expect(await detectionInputs(other)).toEqual({ extension: null, app: null });
    await launchApp(other, { mode: "01", digest: digestInfoBase64("not allowed") });
    await launchApp(other, { mode: "05" });
    await sleep(3_000);
    expect(await recordedReplies(other)).toEqual([]);
    expect(hostRequestCount(target.home.hostLog)).toBe(requestsBefore);
    await other.close();
  });

  it("shows the tab status in the popup and the host, reader, card and tries in the options diagnostics", async () => {
    const popup = await openPopupFor(target, server.origin);
    expect(await popup.$eval("#tab-allowed", (element) => element.textContent)).toContain("許可されています");
    await saveScreenshot(target, popup, "popup-ja");
    await popup.close();
    const options = await openExtensionPage(target, "pages/options/index.html");
    await options.waitForSelector("#diagnostics-list li[data-ok]", { timeout: 30_000 });
    const checks = await options.$$eval("#diagnostics-list li", (items) =>
      items.map((item) => ({ ok: item.dataset.ok, text: item.textContent ?? "" })),
    );
    expect(checks.every((check) => check.ok === "true")).toBe(true);
    expect(checks.map((check) => check.text).join("\n")).toContain(stack.readerName);
    expect(checks.map((check) => check.text).join("\n")).toMatch(/3\/3.*5\/5.*3\/3/);
    await saveScreenshot(target, options, "options-ja");
    await options.close();
  });
});
