// SPDX-License-Identifier: MIT
/**
 * The slice of `storage.local` / `storage.session` the vault and the code beside it use, so tests can give it an
 * in-memory area and the code never touches a global at import time. `chrome.storage` rather than the polyfill's `browser`: both
 * browsers return promises from it in MV3, and unit tests can import this file (the polyfill throws outside an
 * extension).
 */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The browser's persistent extension storage. */
export function localArea(): KeyValueArea {
  return chrome.storage.local;
}

/** Extension storage kept in memory until the browser closes; readable by extension pages only. */
export function sessionArea(): KeyValueArea {
  return chrome.storage.session;
}

/** An in-memory area (tests, and a fallback where `storage.session` is missing). */
export function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { snapshot(): string } {
  const items = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  return {
    get: (key) => Promise.resolve(items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: (entries) => {
      for (const [key, value] of Object.entries(structuredClone(entries))) items.set(key, value);
      return Promise.resolve();
    },
    remove: (key) => {
      items.delete(key);
      return Promise.resolve();
    },
    snapshot: () => JSON.stringify([...items.entries()]),
  };
}
