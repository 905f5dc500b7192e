// SPDX-License-Identifier: MIT
/**
 * The one manifest source for both browsers. `chrome` gets a service worker and the `key` that fixes the extension
 * id; `firefox` gets background scripts and the gecko id. Content scripts are not declared here: the background
 * registers them at run time for the allowlisted origins whose host permission is granted.
 */
import { createHash, createPublicKey } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ManifestV3Export } from "@crxjs/vite-plugin";
import { GECKO_ID } from "../shared/extension-ids";
import { DEFAULT_ALLOWED_ORIGINS, originMatchPattern } from "./settings/model/settings";
import { PRODUCT_VERSION } from "../shared/version";

export type BuildTarget = "chrome" | "firefox";

const TEST_KEY_PATH = fileURLToPath(new URL("../manifests/keys/test-extension-key.pem", import.meta.url));

/** The public key's DER (SPKI), base64: the manifest `key`. A release build points this at its own key. */
export function manifestKey(privateKeyPem: string = readFileSync(TEST_KEY_PATH, "utf8")): string {
  return createPublicKey(privateKeyPem).export({ type: "spki", format: "der" }).toString("base64");
}

/** Chromium's id for a manifest key: the first 32 hex digits of SHA-256(DER) written with a–p. */
export function extensionIdFromKey(keyBase64: string): string {
  const hex = createHash("sha256").update(Buffer.from(keyBase64, "base64")).digest("hex").slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join("");
}

/**
 * What Firefox asks the user to consent to at install (`data_collection_permissions`), by the categories of
 * extensionworkshop.com "Firefox built-in consent for data collection and transmission", where handing data to a
 * native application or to a website counts as transmission. The reasoning per category is in release/README.md.
 */
export const FIREFOX_DATA_COLLECTION = ["personallyIdentifyingInfo", "authenticationInfo", "websiteContent"] as const;

/**
 * The oldest Firefox the add-on admits: the oldest Extended Support Release still maintained (140), which is also
 * the first desktop release with the built-in data-collection consent. The APIs the build uses are checked against
 * it by addons-linter's compatibility rules (test/integration/packaging-firefox.test.ts).
 */
export const FIREFOX_MIN_VERSION = "140.0";

/**
 * Firefox's settings. Firefox for Android reads data_collection_permissions from 142 on: the add-on is not offered
 * there (Android has no native messaging), but without the Android minimum the linter flags the key for Android's
 * older releases. A variable, not a literal, because @crxjs's manifest type does not know `gecko_android` yet.
 */
const FIREFOX_SETTINGS = {
  gecko: {
    id: GECKO_ID,
    strict_min_version: FIREFOX_MIN_VERSION,
    data_collection_permissions: { required: [...FIREFOX_DATA_COLLECTION] },
  },
  gecko_android: { strict_min_version: "142.0" },
};

/** Origins a user may add at run time (the options page asks for each one when it is added). */
const OPTIONAL_HOST_PATTERNS = ["https://*/*", "http://127.0.0.1/*", "http://localhost/*"];

export function buildManifest(target: BuildTarget): ManifestV3Export {
  const common = {
    manifest_version: 3,
    name: "__MSG_extName__",
    short_name: "DIPS Companion",
    description: "__MSG_extDescription__",
    default_locale: "ja",
    version: PRODUCT_VERSION,
    icons: { 48: "icons/icon-48.png", 128: "icons/icon-128.png" },
    // alarms + notifications: the register's renewal reminders.
    permissions: ["nativeMessaging", "storage", "scripting", "alarms", "notifications"],
    host_permissions: DEFAULT_ALLOWED_ORIGINS.map(originMatchPattern),
    optional_host_permissions: OPTIONAL_HOST_PATTERNS,
    action: { default_popup: "pages/popup/index.html", default_title: "__MSG_extName__" },
    options_ui: { page: "pages/options/index.html", open_in_tab: true },
    // Stricter than the MV3 default: no plugins and no <base> that could re-point the pages' relative script URLs.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'" },
  } as const;
  if (target === "chrome") {
    return {
      ...common,
      permissions: [...common.permissions],
      host_permissions: [...common.host_permissions],
      optional_host_permissions: [...common.optional_host_permissions],
      minimum_chrome_version: "120",
      key: manifestKey(),
      // Policy keys (`3rdparty` → `storage.managed`); Chromium delivers nothing without this. Copied in by the build.
      storage: { managed_schema: "managed-schema.json" },
      background: { service_worker: "background/index.ts", type: "module" },
    };
  }
  return {
    ...common,
    permissions: [...common.permissions],
    host_permissions: [...common.host_permissions],
    optional_host_permissions: [...common.optional_host_permissions],
    background: { scripts: ["background/index.ts"], type: "module" },
    browser_specific_settings: FIREFOX_SETTINGS,
  };
}
