// SPDX-License-Identifier: MIT
/**
 * The basic-4 pre-check after a real signature, in Chromium and Firefox: a page is prefilled from a saved owner
 * whose address is out of date, the page asks for a mode-02 signature, the user types the sign password in the PIN
 * window, the host signs with the emulated card behind pcscd — and the pre-check window opens with the card's
 * address against the profile's. "Update" rewrites the saved owner with the card's address exactly as written.
 */
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProfileSet } from "../../extension/profiles/model/profiles";
import { SAMPLE_PROFILE_SET } from "../../extension/profiles/model/profiles-sample";
import { useCardStack } from "../support/use-card-stack";
import { readStorage, tabIdOf, writeStorage } from "./pages/extension-storage";
import { openExtensionPageRetrying } from "./pages/open-extension-page";
import { startPagesServer, type PagesServer } from "./pages/pages-server";
import { waitForReply, openBridgePage } from "./support/bridge-test-page";
import { digestInfoBase64 } from "./support/card-crypto";
import {
  BROWSER_KINDS,
  allowOrigin,
  launchExtensionBrowser,
  waitForPinWindow,
  type ExtensionBrowser,
} from "./support/extension-browser";
import { submitPin } from "./support/pin-window-driver";

const SIGN_PASSWORD = "ABC123";
const stack = useCardStack();

/** Polls the browser's pages for the pre-check window (Firefox reports new windows with their first URL). */
async function waitForPrecheckWindow(target: ExtensionBrowser, timeout = 20_000): Promise<Page> {
  const prefix = `${target.extensionOrigin}/pages/precheck/`;
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const page of (await target.browser.pages()).reverse()) {
      const href = await page.evaluate(() => location.href).catch(() => "");
      if (href.startsWith(prefix)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no pre-check window within ${timeout} ms`);
}

describe.each(BROWSER_KINDS)("pre-check after a mode-02 signature in %s", (kind) => {
  let target: ExtensionBrowser;
  let server: PagesServer;
  let options: Page;

  beforeAll(async () => {
    server = await startPagesServer();
    target = await launchExtensionBrowser(kind, { reader: stack.readerName });
    await allowOrigin(target, server.origin);
    options = await openExtensionPageRetrying(target, "pages/options/index.html");
    const [taro] = SAMPLE_PROFILE_SET.owners;
    // The card holder's name and birth date (name with an ASCII space: equal after normalisation), an old address.
    const owner = { ...taro!, name: "見本 花子", birthDate: stack.pki.holder.birthDate };
    const set: ProfileSet = { ...SAMPLE_PROFILE_SET, owners: [owner] };
    await writeStorage(options, "local", { profiles: { lock: false, set } });
  });

  afterAll(async () => {
    await target?.close();
    await server?.close();
  });

  it("flags the changed address after the signature and updates the profile", async () => {
    const url = `${server.origin}/prefill-ja.html?sign=1`;
    const page = await openBridgePage(target.browser, url);
    const popup = await openExtensionPageRetrying(target, `pages/popup/index.html?tab=${await tabIdOf(options, url)}`);
    await popup.waitForSelector("#prefill-owner");
    await popup.$eval("#prefill-fill", (button) => (button as HTMLElement).click());
    await popup.waitForSelector("#prefill-filled", { timeout: 15_000 });
    await popup.close();

    const digest = digestInfoBase64("application data with the old address");
    await page.evaluate(
      (detail) => {
        document.dispatchEvent(new CustomEvent("launchApp", { detail }));
      },
      JSON.stringify({ mode: "02", service_id: "01", digest: [digest] }),
    );
    await submitPin(await waitForPinWindow(target), SIGN_PASSWORD);
    expect(await waitForReply(page, 1)).toMatchObject({ mode: "02", result: "0" });

    const precheck = await waitForPrecheckWindow(target);
    await precheck.waitForFunction(() => document.querySelectorAll("#precheck-rows tr").length > 0, { polling: 100 });
    const rows = await precheck.$$eval("#precheck-rows tr", (trs) =>
      trs.map((tr) => [tr.dataset.field, ...[...tr.querySelectorAll("td")].map((td) => td.textContent)]),
    );
    expect(rows).toEqual([["address", stack.pki.holder.address, "東京都千代田区霞が関2-1-3 301号"]]);

    await precheck.click("#precheck-update");
    await precheck.waitForFunction(() => document.getElementById("precheck-status")?.dataset.updated === "true", {
      polling: 100,
      timeout: 15_000,
    });
    const stored = JSON.parse(await readStorage(options, "local")) as { profiles: { set: ProfileSet } };
    const owner = stored.profiles.set.owners[0];
    expect(owner?.address).toEqual({
      postalCode: "100-8918",
      prefecture: "東京都",
      city: "千代田区",
      line1: "霞が関見本町１－２－３",
      line2: "",
    });
    await page.close();
  });
});
