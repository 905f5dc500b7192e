// SPDX-License-Identifier: MIT
/**
 * The basic-4 pre-check window in Chromium and Firefox: after a tab was prefilled from a saved owner (through the
 * popup, as a user does) and a signature returned card facts with another address, the window lists the address
 * (card vs profile) and "update" rewrites the saved owner, after which the facts match.
 *
 * The pending record is written here the way `precheckAfterSignature` writes it, so this runs without a card;
 * profiles-precheck-signature.test.ts covers the whole path from a real mode-02 signature.
 */
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_PROFILE_SET } from "../../extension/profiles/model/profiles-sample";
import { readStorage, tabIdOf, writeStorage } from "./pages/extension-storage";
import { openExtensionPageRetrying } from "./pages/open-extension-page";
import { startPagesServer, type PagesServer } from "./pages/pages-server";
import { BROWSER_KINDS, allowOrigin, launchExtensionBrowser, type ExtensionBrowser } from "./support/extension-browser";

const MOVED = { name: "山田　太郎", address: "大阪府大阪市北区梅田１－１－１", birthDate: "1980-04-01", sex: "1" };

describe.each(BROWSER_KINDS)("basic-4 pre-check in %s", (kind) => {
  let target: ExtensionBrowser;
  let server: PagesServer;
  let options: Page;

  beforeAll(async () => {
    server = await startPagesServer();
    target = await launchExtensionBrowser(kind, { withoutHost: true });
    await allowOrigin(target, server.origin);
    options = await openExtensionPageRetrying(target, "pages/options/index.html");
    await writeStorage(options, "local", { profiles: { lock: false, set: SAMPLE_PROFILE_SET } });
  });

  afterAll(async () => {
    await target?.close();
    await server?.close();
  });

  it("flags a changed address and updates the profile", async () => {
    const url = `${server.origin}/prefill-ja.html`;
    const page = await target.browser.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(options, url);
    const popup = await openExtensionPageRetrying(target, `pages/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector("#prefill-owner");
    await popup.select("#prefill-owner", "owner-taro");
    await popup.$eval("#prefill-fill", (button) => (button as HTMLElement).click());
    await popup.waitForSelector("#prefill-filled", { timeout: 15_000 });
    await popup.close();
    const lastPrefill = JSON.parse(await readStorage(options, "session")) as { lastPrefill: Record<string, unknown> };
    expect(lastPrefill.lastPrefill[String(tabId)]).toEqual({ ownerId: "owner-taro", origin: server.origin });

    await writeStorage(options, "session", {
      "precheck:e2e": { tabId, origin: server.origin, ownerId: "owner-taro", holder: MOVED },
    });
    const window = await openExtensionPageRetrying(target, "pages/precheck/index.html?id=e2e");
    await window.waitForSelector("#precheck-rows tr");
    const rows = await window.$$eval("#precheck-rows tr", (trs) =>
      trs.map((tr) => [tr.dataset.field, ...[...tr.querySelectorAll("td")].map((td) => td.textContent)]),
    );
    expect(rows).toEqual([["address", "大阪府大阪市北区梅田１－１－１", "東京都千代田区霞が関2-1-3 301号"]]);

    await window.click("#precheck-update");
    await window.waitForSelector('#precheck-status[data-updated="true"]', { timeout: 15_000 });
    const stored = JSON.parse(await readStorage(options, "local")) as {
      profiles: { set: { owners: { id: string; address: unknown; name: string }[] } };
    };
    const taro = stored.profiles.set.owners.find((owner) => owner.id === "owner-taro");
    expect(taro?.address).toEqual({
      postalCode: "100-8918",
      prefecture: "大阪府",
      city: "大阪市北区",
      line1: "梅田１－１－１",
      line2: "",
    });
    expect(taro?.name).toBe("山田 太郎");
    expect(await readStorage(options, "session")).not.toContain("precheck:e2e");
    await window.close();
    await page.close();
  });
});
