// SPDX-License-Identifier: MIT
/**
 * The PIN window in plain words, in Chromium with the real extension, host and emulated card, in Japanese and
 * English: the first line says what is signed and for whom, DIPS-REG's step ② / ③ (with the reason) / ④, the
 * fingerprints folded away, a countdown, and — with five UAs on the page — everything up to OK inside the real
 * 460×640 window. Screenshots (UPDATE_SCREENSHOTS=1) are taken at that size. The test-clock build shortens the
 * timeout so that the countdown can run out: the page gets the coded reply and the window closes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "puppeteer-core";
import { PageFailureReplySchema, PageSignReplySchema } from "../../extension/protocol/page";
import { TEST_PIN_TIMEOUT_STORAGE_KEY } from "../../extension/background/pin-timeout";
import { useCardStack } from "../support/use-card-stack";
import { waitForReply, openBridgePage, type BridgeTestServer } from "./support/bridge-test-page";
import { launchBridgeBrowser } from "./support/bridge-browser";
import { digestInfoBase64 } from "./support/card-crypto";
import { openExtensionPage, type ExtensionBrowser } from "./support/extension-browser";
import { submitPin } from "./support/pin-window-driver";
import { okPosition } from "./support/pin-window-fit";
import { requestReadyPinWindow } from "./support/request-pin-window";
import { stopBackground } from "./hardening-support";
import { saveViewportScreenshot } from "./support/screenshots";

const PINS = { auth: "1234", sign: "ABC123" } as const;
/** Five UAs, with serial numbers as long as real ones get. */
const FIVE_SERIALS = [
  "1581F4QD2234A0C1",
  "1581F4QD2234A0C2",
  "SN-HOMEBUILT-00003",
  "1581F5FHC236X00Y",
  "JP-KIT-2026-05",
];
const stack = useCardStack();

/** What the first lines of the window say. */
async function lead(pinWindow: Page): Promise<{ lead: string; step: string; reason: string | null; site: string }> {
  return pinWindow.evaluate(() => ({
    lead: document.getElementById("lead")?.textContent ?? "",
    step: document.getElementById("step")?.textContent ?? "",
    reason:
      document.getElementById("step-reason")?.hidden === false
        ? document.getElementById("step-reason")!.textContent
        : null,
    site: document.getElementById("origin")?.textContent ?? "",
  }));
}

describe.each(["ja", "en"] as const)("PIN window in plain words (%s)", (language) => {
  let target: ExtensionBrowser;
  let server: BridgeTestServer;
  let page: Page;
  let replies = 0;

  const request = (detail: unknown): Promise<Page> => requestReadyPinWindow(target, page, detail);

  beforeAll(async () => {
    ({ server, target } = await launchBridgeBrowser("chromium", {
      reader: stack.readerName,
      language,
      build: "testclock",
    }));
    page = await openBridgePage(target.browser, `${server.origin}/`);
    // Five UAs on the application page (the test page shows two).
    await page.evaluate((serials) => {
      const table = document.querySelector("table")!;
      for (const row of [...table.querySelectorAll("tr")].slice(1)) row.remove();
      for (const serial of serials) {
        const row = table.insertRow();
        row.innerHTML = "<th>製造番号</th><td></td>";
        row.cells[0]!.nextElementSibling!.textContent = serial;
      }
    }, FIVE_SERIALS);
  });
  afterAll(async () => {
    await target?.close();
    await server?.close();
  });

  it("② sign: what is signed and for whom first, fingerprints folded, OK in the real window with five UAs", async () => {
    const digests = [digestInfoBase64("application 1"), digestInfoBase64("application 2")];
    const pinWindow = await request({ mode: "02", service_id: "01", digest: digests });
    const shown = await lead(pinWindow);
    expect(shown.lead).toBe(
      language === "ja"
        ? "このサイトが作成した申請データ（2 件）に電子署名します。"
        : "You are signing the application data (2 items) made by this site.",
    );
    expect(shown.step).toContain("②");
    expect(shown.reason).toBeNull();
    expect(shown.site).toBe(server.origin);
    expect(await pinWindow.$eval("#ua-serials", (dd) => dd.textContent)).toBe(FIVE_SERIALS.join(", "));
    expect(await pinWindow.$eval("#details", (details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await pinWindow.$eval("#countdown", (p) => p.textContent)).toMatch(/[45]:\d\d/u);
    const ok = await okPosition(pinWindow);
    expect(ok.bottom).toBeLessThanOrEqual(ok.limit);
    expect(ok.right).toBeLessThanOrEqual(ok.width);
    await saveViewportScreenshot(target, pinWindow, `pin-window-sign-${language}`);
    await submitPin(pinWindow, PINS.sign);
    PageSignReplySchema.parse(await waitForReply(page, ++replies));
  });

  it("③ a second signature from the same tab is DIPS-REG's re-signature, with the reason, even after the background stopped", async () => {
    // The browser may stop an idle background between ② and ③: the step is remembered outside its memory.
    await stopBackground(target, page);
    const pinWindow = await request({ mode: "02", service_id: "01", digest: [digestInfoBase64("rebuilt 1")] });
    const shown = await lead(pinWindow);
    expect(shown.step).toContain("③");
    expect(shown.reason).toContain(language === "ja" ? "操作の誤りではありません" : "You did nothing wrong");
    expect(shown.lead).toContain(language === "ja" ? "（1 件）" : "(1 item)");
    const ok = await okPosition(pinWindow);
    expect(ok.bottom).toBeLessThanOrEqual(ok.limit);
    await saveViewportScreenshot(target, pinWindow, `pin-window-resign-${language}`);
    await submitPin(pinWindow, PINS.sign);
    PageSignReplySchema.parse(await waitForReply(page, ++replies));
  });

  it("④ authenticate: the step name, the user-authentication PIN's official name and a numeric 4-digit field", async () => {
    const pinWindow = await request({ mode: "01", service_id: "01", digest: digestInfoBase64("challenge") });
    expect((await lead(pinWindow)).step).toContain("④");
    const field = await pinWindow.$eval("#pin", (input) => ({
      inputMode: (input as HTMLInputElement).inputMode,
      maxLength: (input as HTMLInputElement).maxLength,
      describedBy: input.getAttribute("aria-describedby"),
    }));
    expect(field).toEqual({ inputMode: "numeric", maxLength: 4, describedBy: "pin-rule tries-left countdown" });
    expect(await pinWindow.$eval("#pin-label", (label) => label.textContent)).toContain(
      "利用者証明用電子証明書の暗証番号",
    );
    const ok = await okPosition(pinWindow);
    expect(ok.bottom).toBeLessThanOrEqual(ok.limit);
    await saveViewportScreenshot(target, pinWindow, `pin-window-auth-${language}`);
    await submitPin(pinWindow, PINS.auth);
    await waitForReply(page, ++replies);
  });

  it("the countdown runs out: the page gets REQUEST_TIMEOUT and the window closes", async () => {
    if (language === "en") return; // Once is enough: the same code in either language.
    const options = await openExtensionPage(target, "pages/options/index.html");
    await options.evaluate((key) => chrome.storage.local.set({ [key]: 4_000 }), TEST_PIN_TIMEOUT_STORAGE_KEY);
    await options.close();
    const pinWindow = await request({ mode: "01", service_id: "01", digest: digestInfoBase64("too slow") });
    expect(await pinWindow.$eval("#countdown", (p) => p.textContent)).toMatch(/0:0[1-4]/u);
    const reply = PageFailureReplySchema.parse(await waitForReply(page, ++replies));
    expect(reply.error_code).toBe("REQUEST_TIMEOUT");
    for (const deadline = Date.now() + 10_000; !pinWindow.isClosed();) {
      if (Date.now() > deadline) throw new Error("the PIN window stayed open after the timeout");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
});
