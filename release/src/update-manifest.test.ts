// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { CHROME_EXTENSION_ID } from "../../shared/extension-ids";
import { updateManifestXml } from "./update-manifest";

describe("updateManifestXml", () => {
  it("names the app id, version and CRX URL (escaped) in gupdate form", () => {
    const xml = updateManifestXml({
      extensionId: CHROME_EXTENSION_ID,
      version: "0.1.0",
      crxUrl: "https://updates.example.jp/dc.crx?a=1&b=2",
    });
    expect(xml).toContain("<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>");
    expect(xml).toContain(`<app appid='${CHROME_EXTENSION_ID}'>`);
    expect(xml).toContain("codebase='https://updates.example.jp/dc.crx?a=1&amp;b=2' version='0.1.0'");
  });

  it("refuses something that is not a Chromium extension id", () => {
    expect(() => updateManifestXml({ extensionId: "abc", version: "1", crxUrl: "https://x/" })).toThrow();
  });
});
