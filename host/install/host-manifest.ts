// SPDX-License-Identifier: MIT
import { allowedChromiumIds, STORE_IDS } from "../../shared/extension-ids";
import type { ManifestFlavour } from "./browser-targets";

/**
 * The ids the manifests allow: the self-built Chromium extension id and the Firefox add-on id. The Chromium manifest
 * also allows the store ids configured in shared/extension-ids.ts.
 */
export interface ExtensionIds {
  chromeId: string;
  geckoId: string;
  /** The store ids to allow as well; default the configured ones. */
  storeIds?: typeof STORE_IDS;
}

/**
 * A native-messaging host manifest. `path` must be absolute (Chromium on Linux/macOS requires it); it names the
 * launcher, which starts node by absolute path because the browser's PATH is not the user's.
 */
export function hostManifest(
  flavour: ManifestFlavour,
  hostName: string,
  launcherPath: string,
  ids: ExtensionIds,
): Record<string, unknown> {
  const common = {
    name: hostName,
    description: "DIPS Companion: My Number Card signing for DIPS-REG",
    path: launcherPath,
    type: "stdio",
  };
  return flavour === "firefox"
    ? { ...common, allowed_extensions: [ids.geckoId] }
    : {
        ...common,
        allowed_origins: allowedChromiumIds(ids.chromeId, ids.storeIds ?? STORE_IDS).map(
          (id) => `chrome-extension://${id}/`,
        ),
      };
}
