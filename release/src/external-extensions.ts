// SPDX-License-Identifier: MIT
/**
 * The browsers' "external extension" entries that make Chrome and Edge offer the store's extension at their next
 * start, written by the installers when a store id is configured in shared/extension-ids.ts
 * (developer.chrome.com "Alternative extension installation methods"; learn.microsoft.com "Alternate ways to
 * distribute an extension" for Edge). Outside a managed machine this is the only way an installer can bring an
 * extension: the browser still asks the user to enable it, and installs it from the store.
 * - Windows: a registry key `…\Extensions\<id>` with the value `update_url`, under HKCU for one user, or for every
 *   user under HKLM's 32-bit view (Software\WOW6432Node on 64-bit Windows), which is where the browsers read it.
 * - Linux: a file `<id>.json` holding `external_update_url` in the browser's extensions folder.
 * With no store id configured there is no entry at all.
 */
import { configuredStoreIds, STORE_IDS } from "../../shared/extension-ids";

/** The Chrome Web Store's update service. */
export const CHROME_STORE_UPDATE_URL = "https://clients2.google.com/service/update2/crx";
/** Edge Add-ons' update service. */
export const EDGE_STORE_UPDATE_URL = "https://edge.microsoft.com/extensionwebstorebase/v1/crx";

export interface ExternalExtension {
  readonly browser: "chrome" | "edge";
  readonly id: string;
  readonly updateUrl: string;
  /** The key under Software (HKCU, or HKLM's 32-bit view), without the hive. */
  readonly windowsKey: string;
  /** The Linux files (absolute paths) the browser reads. */
  readonly linuxFiles: readonly string[];
}

/** The entries for every configured store id: Chrome's id for Chrome (and Chromium on Linux), Edge's for Edge. */
export function externalExtensions(ids: typeof STORE_IDS = STORE_IDS): ExternalExtension[] {
  const store = configuredStoreIds(ids);
  const entries: ExternalExtension[] = [];
  if (store.chrome !== undefined)
    entries.push({
      browser: "chrome",
      id: store.chrome,
      updateUrl: CHROME_STORE_UPDATE_URL,
      windowsKey: `Software\\Google\\Chrome\\Extensions\\${store.chrome}`,
      linuxFiles: [
        `/usr/share/google-chrome/extensions/${store.chrome}.json`,
        `/usr/share/chromium/extensions/${store.chrome}.json`,
      ],
    });
  if (store.edge !== undefined)
    entries.push({
      browser: "edge",
      id: store.edge,
      updateUrl: EDGE_STORE_UPDATE_URL,
      windowsKey: `Software\\Microsoft\\Edge\\Extensions\\${store.edge}`,
      linuxFiles: [`/usr/share/microsoft-edge/extensions/${store.edge}.json`],
    });
  return entries;
}

/** The JSON of a Linux external-extension file. */
export const linuxExternalExtensionJson = (entry: ExternalExtension): string =>
  `${JSON.stringify({ external_update_url: entry.updateUrl }, null, 2)}\n`;
