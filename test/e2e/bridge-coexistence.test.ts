// SPDX-License-Identifier: MIT
/**
 * Coexistence with another card app and the Linux platform override, in Chromium and Firefox. No card is needed:
 * whether the extension answers is seen from its own failure reply to an unsupported mode.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchApp, recordedReplies, waitForReply, type BridgeTestServer } from "./support/bridge-test-page";
import { launchBridgeBrowser } from "./support/bridge-browser";
import { BROWSER_KINDS, openPopupFor, type ExtensionBrowser } from "./support/extension-browser";

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(BROWSER_KINDS)("coexistence and platform in %s", (kind) => {
  let target: ExtensionBrowser;
  let server: BridgeTestServer;

  beforeAll(async () => {
    ({ server, target } = await launchBridgeBrowser(kind, { withoutHost: true }));
  });
  afterAll(async () => {
    await target?.close();
    await server?.close();
  });

  it("shows the pages of allowlisted origins a Windows platform, others the real one", async () => {
    const allowed = await target.browser.newPage();
    await allowed.goto(`${server.origin}/`);
    const seen = await allowed.evaluate(() => ({
      userAgent: navigator.userAgent,
      platform: navigator.platform,
      uaDataPlatform:
        (navigator as Navigator & { userAgentData?: { platform: string } }).userAgentData?.platform ?? null,
    }));
    expect(seen.userAgent).toContain("Windows NT 10.0; Win64; x64");
    expect(seen.userAgent).not.toContain("Linux");
    expect(seen.platform).toBe("Win32");
    expect(seen.uaDataPlatform).toBe(kind === "chromium" ? "Windows" : null);
    const other = await target.browser.newPage();
    await other.goto(`${server.otherOrigin}/`);
    expect(await other.evaluate(() => navigator.userAgent)).toContain("Linux");
    await Promise.all([allowed.close(), other.close()]);
  });

  it("steps aside where another card app answers, says so in the popup, and answers once the user chooses it", async () => {
    const page = await target.browser.newPage();
    const url = `${server.origin}/?other-app=1`;
    await page.goto(url);
    await sleep(1_000);
    const ours = (): Promise<number> => page.evaluate(() => document.querySelectorAll("[data-dips-companion]").length);
    expect(await ours()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll("#app-is-installed").length)).toBe(1);
    await launchApp(page, { mode: "03" });
    await sleep(2_000);
    expect(await recordedReplies(page)).toEqual([]);

    const popup = await openPopupFor(target, url);
    expect(await popup.$eval("#coexistence-notice", (element) => element.textContent)).toContain("別のカードアプリ");
    expect(await popup.$eval("#tab-allowed", (element) => element.textContent)).toContain(
      "他のカードアプリに任せています",
    );
    await popup.click("#choose-companion");
    // The popup reloads the tab: poll from here, so that no single check straddles the reload (a page-side wait
    // dies with the old document in Firefox, and Chromium's may miss the new one).
    const deadline = Date.now() + 15_000;
    while ((await ours().catch(() => 0)) !== 2) {
      if (Date.now() > deadline) throw new Error("the extension did not answer after the user chose it");
      await sleep(200);
    }
    await launchApp(page, { mode: "03" });
    expect(await waitForReply(page, 1)).toMatchObject({ mode: "03", result: "1", error_code: "UNKNOWN_MODE" });
  });
});
