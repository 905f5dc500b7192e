// SPDX-License-Identifier: MIT
/**
 * The one place that names the extension: its self-built id, its ids in the browsers' stores and the page users
 * download the release files from. The native-host manifests (Chromium `allowed_origins`, Firefox
 * `allowed_extensions`), the Windows installer, the Linux package and the host's `install` command take every
 * configured id from here, so a new store listing needs only its id filled in below and a rebuild.
 */

/** Chromium extension id: 32 characters a–p. Derived from the test key `manifests/keys/test-extension-key.pem` (a release build replaces key and id). */
export const CHROME_EXTENSION_ID = "damlopnabcjdbcjfickpndacnibhliki";

/** Firefox add-on id (`browser_specific_settings.gecko.id`), the same for the self-hosted XPI and addons.mozilla.org. */
export const GECKO_ID = "dips-companion@dips-companion.jp";

/**
 * The extension's ids in the stores, empty until a listing exists. Chrome Web Store and Edge Add-ons each assign
 * their own Chromium id (32 letters a–p) when the listing is created; addons.mozilla.org keeps the gecko id above,
 * so its entry says only whether the add-on is listed there.
 */
export const STORE_IDS: { readonly chrome: string; readonly edge: string; readonly firefox: string } = {
  chrome: "",
  edge: "",
  firefox: "",
};

/** Where users download the card host and the release files: the project's releases page. */
export const DOWNLOAD_PAGE_URL = "https://github.com/dips-companion/dips-companion/releases/latest";

const CHROMIUM_ID = /^[a-p]{32}$/;

/** The store ids that are filled in; throws on one that is not a Chromium id (a typo would lock the extension out). */
export function configuredStoreIds(ids: typeof STORE_IDS = STORE_IDS): { chrome?: string; edge?: string } {
  const result: { chrome?: string; edge?: string } = {};
  for (const store of ["chrome", "edge"] as const) {
    const id = ids[store];
    if (id === "") continue;
    if (!CHROMIUM_ID.test(id)) throw new Error(`STORE_IDS.${store} must be 32 letters a-p: ${id}`);
    result[store] = id;
  }
  return result;
}

/**
 * Every Chromium id a host manifest allows: `selfBuilt` (the id of the CRX and of the unpacked build, from the signing
 * key) first, then the configured store ids, without repeats.
 */
export function allowedChromiumIds(
  selfBuilt: string = CHROME_EXTENSION_ID,
  ids: typeof STORE_IDS = STORE_IDS,
): string[] {
  const store = configuredStoreIds(ids);
  return [...new Set([selfBuilt, store.chrome, store.edge].filter((id): id is string => id !== undefined))];
}
