// SPDX-License-Identifier: MIT
/**
 * Windows' words for "the smart card service is not running", in Chromium with the e2e build told it runs on Windows
 * (its storage key stands in for `runtime.getPlatformInfo().os === "win"`). Windows 8 and later start their Smart Card
 * service by themselves once a reader is attached, so there the fix is to connect the reader; nothing names pcscd.
 * The host is the real one; it finds no PC/SC service because its socket path points nowhere.
 */
import type { Page } from "puppeteer-core";
import { afterEach, describe, expect, it } from "vitest";
import { TEST_PLATFORM_STORAGE_KEY } from "../../extension/common/install-steps";
import { errorMessage } from "../../shared/errors/catalogue";
import { openFromCardWindow } from "../drivers/profile-from-card";
import { pollForElement } from "../drivers/poll-element";
import { openExtensionPageRetrying } from "./pages/open-extension-page";
import { launchExtensionBrowser, openOptionsPage, type ExtensionBrowser } from "./support/extension-browser";
import { readGuide, stepStates } from "./support/guide-driver";
import { saveScreenshot } from "./support/screenshots";

/** pcsc-lite reads its socket's path from this variable: a path with nothing behind it is "no service". */
const NO_SERVICE = { PCSCLITE_CSOCK_NAME: "/nonexistent/dips-e2e/pcscd.comm" };

/** Tells the e2e build's pages that they run on `os` (read when a page starts). */
async function setPlatform(page: Page, os: string): Promise<void> {
  await page.evaluate(
    async (key, value) => {
      await chrome.storage.local.set({ [key]: value });
    },
    TEST_PLATFORM_STORAGE_KEY,
    os,
  );
}

const pageText = (page: Page): Promise<string> => page.evaluate(() => document.body.innerText);

describe("on Windows, no smart card service → connect the reader (Chromium)", () => {
  let target: ExtensionBrowser | undefined;
  afterEach(async () => {
    await target?.close();
    target = undefined;
  });

  it("the first-run guide, the options page's diagnostics and the PIN window say so in Windows' words, never pcscd", async () => {
    const browser = (target = await launchExtensionBrowser("chromium", { build: "testclock", hostEnv: NO_SERVICE }));
    const windows = errorMessage("PCSC_UNAVAILABLE", "ja", {}, "win");
    const first = await openExtensionPageRetrying(browser, "pages/guide/index.html");
    await setPlatform(first, "win");
    await first.close();

    const guide = await openExtensionPageRetrying(browser, "pages/guide/index.html");
    const steps = await readGuide(guide);
    expect(stepStates(steps).slice(0, 2)).toEqual(["host:ok", "pcsc:failed"]);
    expect(steps[1]?.fix).toBe(windows);
    expect(await pageText(guide)).not.toMatch(/pcscd/i);
    await saveScreenshot(browser, guide, "first-run-guide-no-service-windows-ja");

    const options = await openOptionsPage(browser);
    await pollForElement(options, "#diagnostics-list li", 60_000);
    await options.waitForFunction(
      (text) => document.querySelector("#diagnostics-list")?.textContent?.includes(text),
      { timeout: 60_000 },
      windows,
    );
    expect(await pageText(options)).not.toMatch(/pcscd/i);

    const pinWindow = await openFromCardWindow(browser, { ready: false });
    await pinWindow.waitForFunction(
      (text) => document.querySelector("#error")?.textContent === text,
      { timeout: 60_000 },
      windows,
    );
    expect(await pageText(pinWindow)).not.toMatch(/pcscd/i);

    // The same build on Linux names pcscd: the words follow the platform.
    await setPlatform(guide, "linux");
    const linuxGuide = await openExtensionPageRetrying(browser, "pages/guide/index.html");
    expect((await readGuide(linuxGuide))[1]?.fix).toBe(errorMessage("PCSC_UNAVAILABLE", "ja", {}, "linux"));
  });
});
