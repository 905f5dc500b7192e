// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { allowedChromiumIds, CHROME_EXTENSION_ID, configuredStoreIds, DOWNLOAD_PAGE_URL } from "./extension-ids";

const CHROME_STORE = "abcdefghijklmnopabcdefghijklmnop";
const EDGE_STORE = "ponmlkjihgfedcbaponmlkjihgfedcba";

describe("extension ids", () => {
  it("allows the self-built id alone while no store listing exists", () => {
    expect(allowedChromiumIds(CHROME_EXTENSION_ID, { chrome: "", edge: "", firefox: "" })).toEqual([
      CHROME_EXTENSION_ID,
    ]);
  });

  it("adds each configured store id once, after the self-built one", () => {
    expect(allowedChromiumIds(CHROME_EXTENSION_ID, { chrome: CHROME_STORE, edge: EDGE_STORE, firefox: "" })).toEqual([
      CHROME_EXTENSION_ID,
      CHROME_STORE,
      EDGE_STORE,
    ]);
    expect(allowedChromiumIds(CHROME_STORE, { chrome: CHROME_STORE, edge: "", firefox: "" })).toEqual([CHROME_STORE]);
  });

  it("refuses a store id that is not a Chromium id", () => {
    expect(() => configuredStoreIds({ chrome: "not-an-id", edge: "", firefox: "" })).toThrow(/STORE_IDS.chrome/);
  });

  it("names a real https download page, no placeholder", () => {
    const url = new URL(DOWNLOAD_PAGE_URL);
    expect(url.protocol).toBe("https:");
    expect(url.hostname).not.toMatch(/example\.|localhost|invalid/);
  });
});
