// SPDX-License-Identifier: MIT
/**
 * The extension's ids, which the native-host manifests must name (Chromium `allowed_origins`, Firefox
 * `allowed_extensions`). The extension build fills in the Chromium id (derived from the manifest `key`).
 */

/** Chromium extension id: 32 characters a–p. Derived from the test key `manifests/keys/test-extension-key.pem` (a release build replaces key and id). */
export const CHROME_EXTENSION_ID = "damlopnabcjdbcjfickpndacnibhliki";

/** Firefox add-on id (`browser_specific_settings.gecko.id`). */
export const GECKO_ID = "dips-companion@dips-companion.jp";
