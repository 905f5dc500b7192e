// SPDX-License-Identifier: MIT
/**
 * Saving profiles in the extension and running its prefill from the popup, as a user would click them.
 * The popup is opened as a page with `?tab=<id>` (the extension supports that for tests and scripts).
 */
import type { Page } from "puppeteer-core";
import type { ProfileSet } from "../../extension/profiles/model/profiles";
import { pollForElement } from "./poll-element";
import { openExtensionPage, type ExtensionBrowser } from "../e2e/support/extension-browser";

/**
 * `storage.local` key and unlocked shape of the extension's profile store (extension/profiles/profile-store.ts, in
 * the envelope of extension/vault/sealed-record.ts: `{ lock: false, set }`), written from an extension page; the
 * store validates it when it loads.
 */
const PROFILES_KEY = "profiles";

interface ExtensionApi {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  tabs: { query(query: Record<string, never>): Promise<{ id?: number; url?: string }[]> };
}

export async function saveProfiles(target: ExtensionBrowser, set: ProfileSet): Promise<void> {
  const page = await openExtensionPage(target, "pages/options/index.html");
  await page.evaluate(
    async (key, value) => {
      const api = (Reflect.get(globalThis, "browser") ?? Reflect.get(globalThis, "chrome")) as ExtensionApi;
      await api.storage.local.set({ [key]: value });
    },
    PROFILES_KEY,
    { lock: false, set },
  );
  await page.close();
}

/** The browser's id of the tab showing `page` (found by URL from an extension page). */
async function tabIdOf(popup: Page, url: string): Promise<number> {
  const id = await popup.evaluate(async (wanted) => {
    const api = (Reflect.get(globalThis, "browser") ?? Reflect.get(globalThis, "chrome")) as ExtensionApi;
    const tabs = await api.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab shows ${url}`);
  return id;
}

export interface PrefillOutcome {
  readonly filled: number;
  readonly notFound: string[];
}

/** Opens the popup for the tab of `page`, chooses the owner and (in order) the UAs, and presses "fill". */
export async function prefillFromPopup(
  target: ExtensionBrowser,
  page: Page,
  choice: { ownerId: string; uaIds: readonly string[] },
): Promise<PrefillOutcome> {
  const finder = await openExtensionPage(target, "pages/popup/index.html");
  const tabId = await tabIdOf(finder, page.url()).finally(() => finder.close());
  const popup = await openExtensionPage(target, `pages/popup/index.html?tab=${tabId}`);
  try {
    await pollForElement(popup, "#prefill-owner", 15_000);
    await popup.select("#prefill-owner", choice.ownerId);
    for (const id of choice.uaIds) await popup.click(`#prefill-ua-${id}`);
    await popup.click("#prefill-fill");
    await pollForElement(popup, "#prefill-filled", 15_000);
    return await popup.evaluate(() => ({
      filled: Number(document.getElementById("prefill-filled")?.dataset.count ?? "0"),
      notFound: [...document.querySelectorAll("#prefill-not-found li")].map((li) => li.getAttribute("data-path") ?? ""),
    }));
  } finally {
    await popup.close();
  }
}
