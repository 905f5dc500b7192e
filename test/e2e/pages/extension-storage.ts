// SPDX-License-Identifier: MIT
/** Reading and writing the extension's storage from one of its own pages (what a test needs to seed or compare). */
import type { Page } from "puppeteer-core";

type Area = "local" | "session";

interface StorageApi {
  storage: Record<Area, { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> }>;
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
}

/** Everything in one storage area, as JSON text (for before/after comparisons). */
export function readStorage(extensionPage: Page, area: Area): Promise<string> {
  return extensionPage.evaluate(async (which) => {
    const api = ((globalThis as Record<string, unknown>).browser ??
      (globalThis as Record<string, unknown>).chrome) as StorageApi;
    return JSON.stringify(await api.storage[which].get(null));
  }, area);
}

export async function writeStorage(extensionPage: Page, area: Area, items: object): Promise<void> {
  await extensionPage.evaluate(
    async (which, values) => {
      const api = ((globalThis as Record<string, unknown>).browser ??
        (globalThis as Record<string, unknown>).chrome) as StorageApi;
      await api.storage[which].set(values);
    },
    area,
    items,
  );
}

/** The browser's id of the tab showing `url`. */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (wanted) => {
    const api = ((globalThis as Record<string, unknown>).browser ??
      (globalThis as Record<string, unknown>).chrome) as StorageApi;
    return (await api.tabs.query({})).find((tab) => tab.url === wanted)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}
