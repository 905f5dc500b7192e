// SPDX-License-Identifier: MIT
/**
 * The system-wide native-messaging registrations the Linux package installs: the host installer's own manifest
 * builder and folder table (host/install/), applied to the package's install location, so `npm run package` and
 * `dips-companion-host install --system` register the host identically.
 */
import { BROWSERS, flavourOf, manifestFolders, type Browser } from "../../host/install/browser-targets";
import { hostManifest as installerHostManifest } from "../../host/install/host-manifest";
import { GECKO_ID, STORE_IDS } from "../../shared/extension-ids";
import { HOST_NAME } from "../../shared/version";

/** Where the package puts the host. */
export const LINUX_INSTALL_DIR = "/usr/lib/dips-companion";
/** The host's single executable, which browsers start (the linux-x64 build of release/src/executable/). */
export const LINUX_HOST_EXECUTABLE = `${LINUX_INSTALL_DIR}/dips-companion-host`;

/**
 * The system folder each browser reads host manifests from on Debian (the first the installer knows: Debian has no
 * /usr/lib64 for Firefox).
 */
export const LINUX_HOST_MANIFEST_DIRS = Object.fromEntries(
  BROWSERS.map((browser) => [browser, manifestFolders("linux", browser, "system")[0] ?? ""]),
) as Readonly<Record<Browser, string>>;
export type LinuxBrowser = Browser;

/** The manifest for one browser; `chromeExtensionId` is the id of the packed CRX (from its signing key). */
export function hostManifest(
  browser: LinuxBrowser,
  chromeExtensionId: string,
  program = LINUX_HOST_EXECUTABLE,
  storeIds: typeof STORE_IDS = STORE_IDS,
) {
  return installerHostManifest(flavourOf(browser), HOST_NAME, program, {
    chromeId: chromeExtensionId,
    geckoId: GECKO_ID,
    storeIds,
  });
}
