// SPDX-License-Identifier: MIT
/**
 * Prefill through the real extension in Chromium and Firefox: a saved profile (owner with a separate user, two
 * UAs) is filled from the popup into a Japanese-labelled and an English-labelled page served from an allowlisted
 * origin. Every field is asserted, as are the page's own input/change/blur listeners and that nothing was
 * submitted; a page missing fields gets them listed in the popup's report.
 */
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_PROFILE_SET } from "../../extension/profiles/model/profiles-sample";
import { readStorage, tabIdOf, writeStorage } from "./pages/extension-storage";
import { openExtensionPageRetrying } from "./pages/open-extension-page";
import { startPagesServer, type PagesServer } from "./pages/pages-server";
import { BROWSER_KINDS, allowOrigin, launchExtensionBrowser, type ExtensionBrowser } from "./support/extension-browser";

interface FillResult {
  filledCount: number;
  notFound: string[];
}

describe.each(BROWSER_KINDS)("prefill in %s", (kind) => {
  let target: ExtensionBrowser;
  let server: PagesServer;
  let options: Page;
  let runs = 0;

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

  /** Opens the test page, then the popup for its tab, picks taro + both UAs (Mavic first) and fills. */
  async function fillPage(
    file: string,
    prepare?: (page: Page) => Promise<void>,
  ): Promise<{ page: Page; result: FillResult }> {
    const page = await target.browser.newPage();
    const url = `${server.origin}/${file}?run=${++runs}`;
    await page.goto(url);
    await page.waitForFunction(() => "pageEvents" in window);
    if (prepare) await prepare(page);
    const popup = await openExtensionPageRetrying(target, `pages/popup/index.html?tab=${await tabIdOf(options, url)}`);
    await popup.waitForSelector("#prefill-owner");
    await popup.select("#prefill-owner", "owner-taro");
    // DOM clicks: the popup's status section fills in above the panel meanwhile, moving it.
    for (const id of ["#prefill-ua-ua-mavic", "#prefill-ua-ua-home", "#prefill-fill"]) {
      await popup.$eval(id, (element) => (element as HTMLElement).click());
    }
    await popup.waitForSelector("#prefill-report > *", { timeout: 15_000 });
    const outcome = await popup.$eval("#prefill-report", (report) => report.textContent);
    expect(await popup.$("#prefill-filled"), outcome ?? "").not.toBeNull();
    const result = await popup.evaluate(() => ({
      filledCount: Number(document.querySelector<HTMLElement>("#prefill-filled")?.dataset.count),
      notFound: [...document.querySelectorAll<HTMLElement>("#prefill-not-found li")].map((li) => li.dataset.path ?? ""),
    }));
    await popup.close();
    return { page, result };
  }

  /** Control values by name (radios: the checked value; checkboxes: checked), the page's events, submissions. */
  function pageState(page: Page) {
    return page.evaluate(() => {
      const values: Record<string, string | boolean> = {};
      for (const element of document.querySelectorAll<HTMLInputElement>("[name]:is(input, select, textarea)")) {
        if (element.type === "radio") {
          if (element.checked) values[element.name] = element.value;
        } else values[element.name] = element.type === "checkbox" ? element.checked : element.value;
      }
      const w = window as unknown as { pageEvents: Record<string, string[]>; submitCount: number };
      return { values, events: w.pageEvents, submitCount: w.submitCount };
    });
  }

  it("fills every field of a Japanese-labelled page", async () => {
    const { page, result } = await fillPage("prefill-ja.html");
    const state = await pageState(page);
    expect(state.values).toEqual({
      kubun: "p",
      o1: "山田 太郎",
      o2: "ヤマダ タロウ",
      o3: "1980-04-01",
      o4: "100-8918",
      o5: "13",
      o6: "千代田区",
      o7: "霞が関2-1-3",
      o8: "301号",
      tel: "090-1234-5678",
      o10: "taro@example.jp",
      o11: "taro@example.jp",
      u0: "2",
      u1: "山田 花子",
      u2: "ヤマダ ハナコ",
      u3: "神奈川県横浜市西区みなとみらい1-1",
      u4: "+81-45-123-4567",
      u5: "hanako@example.jp",
      a1t: "m",
      a1m: "DJI",
      a1o: "Mavic 3",
      a1c: "c",
      a1s: "1581F45TB2300ABC",
      a1w: "0.895",
      a1x: "0.895",
      a1r: "y",
      a1rm: "DJI",
      a1ro: "Mavic 3",
      a1rs: "1581F45TB2300ABC",
      a1alt: false,
      a1ad: "",
      a2t: "h",
      a2m: "山田 太郎",
      a2o: "YT-01",
      a2c: "a",
      a2s: "YT01-0001",
      a2w: "2.5",
      a2x: "3.2",
      a2r: "z",
      a2rm: "Braveridge",
      a2ro: "BVRAX1",
      a2rs: "BV-12345",
      a2alt: true,
      a2ad: "主翼を延長",
    });
    for (const name of ["o1", "o3", "o5", "kubun", "u0", "a1c", "a2r", "a2alt", "a2ad"]) {
      expect(state.events[name], name).toEqual(expect.arrayContaining(["input", "change", "blur"]));
    }
    expect(state.submitCount).toBe(0);
    expect(result.notFound).toEqual(["user.postalCode"]);
    expect(result.filledCount).toBe(43);
    await page.close();
  });

  it("fills every field of an English-labelled page and reports the missing postal codes", async () => {
    const { page, result } = await fillPage("prefill-en.html");
    const state = await pageState(page);
    expect(state.values).toEqual({
      ownerType: "I",
      ownerName: "山田 太郎",
      ownerReading: "ヤマダ タロウ",
      ownerAddress: "東京都千代田区霞が関2-1-3 301号",
      ownerBirth: "1980/04/01",
      ownerPhone: "090-1234-5678",
      ownerEmail: "taro@example.jp",
      userSame: false,
      userName: "山田 花子",
      userReading: "ヤマダ ハナコ",
      userAddress: "神奈川県横浜市西区みなとみらい1-1",
      userPhone: "+81-45-123-4567",
      userEmail: "hanako@example.jp",
      "uas[0][mfgType]": "M",
      "uas[0][maker]": "DJI",
      "uas[0][model]": "Mavic 3",
      "uas[0][category]": "MC",
      "uas[0][serial]": "1581F45TB2300ABC",
      "uas[0][weight]": "0.895",
      "uas[0][mtow]": "0.895",
      "uas[0][rid]": "I",
      "uas[0][ridMaker]": "DJI",
      "uas[0][ridModel]": "Mavic 3",
      "uas[0][ridSerial]": "1581F45TB2300ABC",
      "uas[0][alt]": "N",
      "uas[1][mfgType]": "H",
      "uas[1][maker]": "山田 太郎",
      "uas[1][model]": "YT-01",
      "uas[1][category]": "AP",
      "uas[1][serial]": "YT01-0001",
      "uas[1][weight]": "2.5",
      "uas[1][mtow]": "3.2",
      "uas[1][rid]": "E",
      "uas[1][ridMaker]": "Braveridge",
      "uas[1][ridModel]": "BVRAX1",
      "uas[1][ridSerial]": "BV-12345",
      "uas[1][alt]": "Y",
      "uas[1][altDetails]": "主翼を延長",
    });
    for (const name of ["ownerName", "ownerType", "userSame", "uas[0][category]", "uas[1][alt]"]) {
      expect(state.events[name], name).toEqual(expect.arrayContaining(["input", "change", "blur"]));
    }
    expect(state.submitCount).toBe(0);
    expect(result.notFound).toEqual(["owner.postalCode", "user.postalCode"]);
    await page.close();
  });

  it("lists a field the page lacks", async () => {
    const { page, result } = await fillPage("prefill-ja.html", (p) =>
      p.evaluate(() => {
        document.querySelector("[name=tel]")?.closest("p")?.remove();
        document.querySelector("#a2-serial")?.closest("p")?.remove();
      }),
    );
    expect(result.notFound).toEqual(["owner.phone", "user.postalCode", "ua2.serialNumber"]);
    expect((await pageState(page)).values.a1s).toBe("1581F45TB2300ABC");
    await page.close();
  });

  it("fills only what a person can see: hidden controls named like profile fields stay empty", async () => {
    const { page, result } = await fillPage("prefill-hidden.html");
    const state = await page.evaluate(() => ({
      hidden: [...document.querySelectorAll<HTMLInputElement>("input[data-hidden]")].map((input) => input.name),
      filledHidden: [...document.querySelectorAll<HTMLInputElement>("input[data-hidden]")]
        .filter((input) => input.value !== "")
        .map((input) => input.name),
    }));
    expect(state.hidden).toHaveLength(13);
    expect(state.filledHidden).toEqual([]);
    const { values } = await pageState(page);
    expect([values.name, values.phone, values.email]).toEqual(["山田 太郎", "090-1234-5678", "taro@example.jp"]);
    expect(result.filledCount).toBe(3);
    expect(result.notFound).toContain("owner.birthDate");
    await page.close();
  });

  it("lets a per-page selector override from the settings find a field the labels no longer name", async () => {
    const unlabel = (p: Page) =>
      p.evaluate(() => {
        // As if the site renamed the field: neither its label nor its id says "name" any more.
        const label = document.querySelector('label[for="o-name"]');
        document.getElementById("o-name")?.setAttribute("id", "f1");
        label?.setAttribute("for", "f1");
        if (label) label.textContent = "項目1";
      });
    const before = await fillPage("prefill-ja.html", unlabel);
    expect(before.result.notFound).toContain("owner.name");
    await before.page.close();

    // The user's settings record also holds the allowlist: change only the overrides.
    const stored = JSON.parse(await readStorage(options, "local")) as { settings: { values: Record<string, unknown> } };
    const values = stored.settings.values;
    const prefix = `${server.origin}/prefill-ja.html`;
    const withOverride = { ...values, prefillSelectors: { [prefix]: { "owner.name": "input[name=o1]" } } };
    await writeStorage(options, "local", { settings: { version: 1, values: withOverride } });
    const { page, result } = await fillPage("prefill-ja.html", unlabel);
    expect(result.notFound).not.toContain("owner.name");
    expect((await pageState(page)).values.o1).toBe("山田 太郎");
    await writeStorage(options, "local", { settings: { version: 1, values } });
    await page.close();
  });

  it("learns a box the user points at (teach this page) and fills it the next time", async () => {
    const unlabel = (p: Page) =>
      p.evaluate(() => {
        // A box nothing on the page names: no label, an id and a name that say nothing.
        const label = document.querySelector('label[for="o-name"]');
        document.getElementById("o-name")?.setAttribute("id", "f1");
        label?.remove();
      });
    const stored = JSON.parse(await readStorage(options, "local")) as { settings: { values: Record<string, unknown> } };
    const { page: before, result } = await fillPage("prefill-ja.html", unlabel);
    expect(result.notFound).toContain("owner.name");

    // In the popup: "this box is the owner's name", then click it on the page.
    const popup = await openExtensionPageRetrying(
      target,
      `pages/popup/index.html?tab=${await tabIdOf(options, before.url())}`,
    );
    await popup.waitForSelector("#prefill-teach-field");
    await popup.select("#prefill-teach-field", "owner.name");
    await popup.$eval("#prefill-teach", (button) => (button as HTMLElement).click());
    await before.waitForSelector("#dips-companion-teach-banner", { timeout: 15_000 });
    await before.bringToFront();
    await before.click("input[name=o1]");
    await popup.waitForSelector('#prefill-teach-status[data-outcome="saved"]', { timeout: 15_000 });
    await popup.close();
    expect(await before.$("#dips-companion-teach-banner")).toBeNull();
    const taught = JSON.parse(await readStorage(options, "local")) as {
      settings: { values: { prefillSelectors: Record<string, Record<string, string>> } };
    };
    expect(taught.settings.values.prefillSelectors[`${server.origin}/prefill-ja.html`]).toEqual({
      "owner.name": '[id="f1"]',
    });
    await before.close();

    const { page, result: again } = await fillPage("prefill-ja.html", unlabel);
    expect(again.notFound).not.toContain("owner.name");
    expect((await pageState(page)).values.o1).toBe("山田 太郎");
    await writeStorage(options, "local", { settings: { version: 1, values: stored.settings.values } });
    await page.close();
  });
});
