// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { CHROME_EXTENSION_ID, GECKO_ID } from "../shared/extension-ids";
import { buildManifest, extensionIdFromKey } from "./manifest.config";

type Manifest = Record<string, unknown> & {
  key?: string;
  background?: Record<string, unknown>;
  host_permissions?: string[];
  optional_host_permissions?: string[];
  permissions?: string[];
  browser_specific_settings?: {
    gecko: { id: string; strict_min_version?: string; data_collection_permissions?: unknown };
  };
};

const manifest = (target: "chrome" | "firefox"): Manifest => buildManifest(target) as unknown as Manifest;

describe("manifest", () => {
  it("gives Chromium a service worker and the key whose id the host manifests name", () => {
    const chrome = manifest("chrome");
    expect(chrome.background).toMatchObject({ service_worker: "background/index.ts" });
    expect(extensionIdFromKey(chrome.key ?? "")).toBe(CHROME_EXTENSION_ID);
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it("gives Firefox background scripts, the gecko id and data-collection permissions", () => {
    const firefox = manifest("firefox");
    expect(firefox.background).toMatchObject({ scripts: ["background/index.ts"] });
    expect(firefox.key).toBeUndefined();
    const gecko = firefox.browser_specific_settings?.gecko;
    expect(gecko?.id).toBe(GECKO_ID);
    // Firefox ESR 140 is the oldest maintained release: a higher minimum would shut its users out.
    expect(gecko?.strict_min_version).toBe("140.0");
    // The card's facts go to the page, the PIN and the page's digests to the host: not "none".
    expect(gecko?.data_collection_permissions).toEqual({
      required: ["personallyIdentifyingInfo", "authenticationInfo", "websiteContent"],
    });
  });

  it("keeps permissions narrow: DIPS-REG as the only host granted at install, no content scripts declared", () => {
    for (const target of ["chrome", "firefox"] as const) {
      const built = manifest(target);
      expect(built.host_permissions).toEqual(["https://www.dips-reg.mlit.go.jp/*"]);
      // alarms + notifications: the register's renewal reminders; neither grants access to any site.
      expect(built.permissions).toEqual(["nativeMessaging", "storage", "scripting", "alarms", "notifications"]);
      expect(built.content_scripts).toBeUndefined();
      expect(JSON.stringify(built)).not.toContain("<all_urls>");
      expect(built.optional_host_permissions).not.toContain("http://*/*");
    }
  });
});
