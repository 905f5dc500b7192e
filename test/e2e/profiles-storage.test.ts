// SPDX-License-Identifier: MIT
/**
 * The options page's profiles section in Chromium and Firefox: a malformed file changes nothing (storage compared
 * before and after), export → import round-trips every field, and the passphrase lock round-trips (the stored data
 * is unreadable while locked, a wrong passphrase is refused, unlocking gives back the same data).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_PROFILE_SET } from "../../extension/profiles/model/profiles-sample";
import { readStorage, writeStorage } from "./pages/extension-storage";
import { openExtensionPageRetrying } from "./pages/open-extension-page";
import {
  BROWSER_KINDS,
  launchExtensionBrowser,
  optionsPageSettled,
  type ExtensionBrowser,
} from "./support/extension-browser";

describe.each(BROWSER_KINDS)("profiles storage in %s", (kind) => {
  let target: ExtensionBrowser;
  let options: Page;

  beforeAll(async () => {
    target = await launchExtensionBrowser(kind, { withoutHost: true });
    options = await openExtensionPageRetrying(target, "pages/options/index.html");
    await options.waitForSelector("#profiles-lock-state");
    await optionsPageSettled(options);
  });

  afterAll(async () => {
    await target?.close();
  });

  async function reload(): Promise<void> {
    await options.close();
    options = await openExtensionPageRetrying(target, "pages/options/index.html");
    await options.waitForSelector("#profiles-lock-state");
    await optionsPageSettled(options);
  }

  async function importFile(name: string, content: string): Promise<string> {
    const path = join(target.home.home, name);
    writeFileSync(path, content);
    const input = await options.waitForSelector("input#profiles-import-file");
    await input!.uploadFile(path);
    await options.waitForSelector("#profiles-import-done, #profiles-import-rejected", { timeout: 15_000 });
    return options.$eval("#profiles-import-result", (result) => result.textContent ?? "");
  }

  /** Clicks "Export" and returns the file's text (the page's Blob, captured as it is made). */
  async function exportText(): Promise<string> {
    await options.evaluate(() => {
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob) => {
        (window as unknown as { exported: Blob }).exported = blob;
        return original(blob);
      };
    });
    await options.click("#profiles-export");
    await options.waitForFunction(() => "exported" in window);
    return options.evaluate(() => (window as unknown as { exported: Blob }).exported.text());
  }

  it("imports a JSON file, and export → import round-trips every field", async () => {
    expect(await importFile("sample.json", JSON.stringify(SAMPLE_PROFILE_SET))).toMatch(/読み込みました|Imported/u);
    await reload();
    const exported = await exportText();
    expect(JSON.parse(exported)).toEqual(SAMPLE_PROFILE_SET);

    await writeStorage(options, "local", { profiles: { lock: false, set: { version: 1, owners: [], uas: [] } } });
    await reload();
    await importFile("exported.json", exported);
    await reload();
    expect(JSON.parse(await exportText())).toEqual(SAMPLE_PROFILE_SET);
    expect(await options.$$eval("#profiles-owners li", (items) => items.map((item) => item.dataset.id))).toEqual([
      "owner-taro",
      "owner-sora",
    ]);
  });

  it("rejects malformed files with reasons and changes nothing", async () => {
    const before = await readStorage(options, "local");
    const badEmail = { ...SAMPLE_PROFILE_SET, owners: [{ ...SAMPLE_PROFILE_SET.owners[0], email: "not-an-email" }] };
    for (const [name, content] of [
      ["broken.json", '{"version": 1, "owners": ['],
      ["bad-email.json", JSON.stringify(badEmail)],
      ["bad.csv", "製造番号,製造者,型式,種類,重量,最大離陸重量\nSN-1,DJI,Mini,潜水艦,0.2,0.2"],
    ] as const) {
      await importFile(name, content);
      const reasons = await options.$$eval("#profiles-import-reasons li", (items) =>
        items.map((item) => item.textContent),
      );
      expect(reasons.length, name).toBeGreaterThan(0);
      expect(await readStorage(options, "local"), name).toBe(before);
      await reload();
    }
    const reasons = await importFile("bad-email-again.json", JSON.stringify(badEmail)).then(() =>
      options.$$eval("#profiles-import-reasons li", (items) => items.map((item) => item.textContent)),
    );
    expect(reasons).toEqual([expect.stringMatching(/^owners\.0\.email: /u)]);
  });

  it("locks with a passphrase: unreadable in storage, wrong passphrase refused, same data after unlocking", async () => {
    await reload();
    await options.type("#profiles-passphrase", "short");
    await options.click("#profiles-set-passphrase");
    await options.waitForSelector("#profiles-lock-message:not([hidden])");
    expect(await options.$eval("#profiles-lock-message", (m) => m.textContent)).toMatch(/8 文字以上|at least 8/u);
    expect(await options.$eval("#profiles-lock-state", (m) => (m as HTMLElement).dataset.state)).toBe("plain");
    await options.$eval("#profiles-passphrase", (input) => ((input as HTMLInputElement).value = ""));
    await options.type("#profiles-passphrase", "correct horse battery");
    await options.click("#profiles-set-passphrase");
    await options.waitForSelector('#profiles-lock-state[data-state="unlocked"]', { timeout: 30_000 });
    await options.click("#profiles-lock-now");
    await options.waitForSelector('#profiles-lock-state[data-state="locked"]', { timeout: 15_000 });

    const stored = await readStorage(options, "local");
    for (const secret of ["山田", "taro@example.jp", "1581F45TB2300ABC", "correct horse"])
      expect(stored).not.toContain(secret);
    expect(await readStorage(options, "session")).not.toContain("correct horse");
    expect(await options.$("#profiles-owners")).toBeNull();

    await options.type("#profiles-passphrase", "wrong passphrase");
    await options.click("#profiles-unlock");
    await options.waitForSelector("#profiles-lock-message:not([hidden])", { timeout: 30_000 });
    expect(await options.$eval("#profiles-lock-message", (m) => m.textContent)).toMatch(
      /パスフレーズが違います|Wrong passphrase/u,
    );
    expect(await readStorage(options, "local")).toBe(stored);

    await reload();
    await options.type("#profiles-passphrase", "correct horse battery");
    await options.click("#profiles-unlock");
    await options.waitForSelector('#profiles-lock-state[data-state="unlocked"]', { timeout: 30_000 });
    expect(JSON.parse(await exportText())).toEqual(SAMPLE_PROFILE_SET);
  });

  it("asks for the passphrase in the popup while locked, and unlocks there", async () => {
    await reload();
    await options.click("#profiles-lock-now");
    await options.waitForSelector('#profiles-lock-state[data-state="locked"]', { timeout: 15_000 });
    const popup = await openExtensionPageRetrying(target, "pages/popup/index.html");
    await popup.waitForSelector("#prefill-passphrase");
    await popup.type("#prefill-passphrase", "not the passphrase");
    await popup.$eval("#prefill-unlock", (button) => (button as HTMLElement).click());
    await popup.waitForSelector("#prefill-panel .alert:not([hidden])", { timeout: 30_000 });
    expect(await popup.$("#prefill-owner, #prefill-status")).toBeNull();

    await popup.$eval("#prefill-passphrase", (input) => ((input as HTMLInputElement).value = ""));
    await popup.type("#prefill-passphrase", "correct horse battery");
    await popup.$eval("#prefill-unlock", (button) => (button as HTMLElement).click());
    await popup.waitForSelector("#prefill-owner, #prefill-status", { timeout: 30_000 });
    await reload();
    await options.waitForSelector('#profiles-lock-state[data-state="unlocked"]');
    await popup.close();
  });
});
