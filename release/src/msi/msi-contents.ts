// SPDX-License-Identifier: MIT
/**
 * What the Windows package installs, as data: the host executable, one native-messaging host manifest per manifest
 * flavour, and one registry value per browser naming the manifest file (the keys and manifests of the host's own
 * installer, host/install/). The manifests give the executable's path relative to themselves, which Chrome and
 * Firefox accept on Windows only (developer.chrome.com "Native messaging" → "path"; MDN "Native manifests" →
 * "path"): the files do not change with the install folder, which the user or the admin chooses at install time.
 */
import { BROWSERS, flavourOf, registryKey, type ManifestFlavour } from "../../../host/install/browser-targets";
import { hostManifest } from "../../../host/install/host-manifest";
import { GECKO_ID, STORE_IDS } from "../../../shared/extension-ids";
import { externalExtensions, type ExternalExtension } from "../external-extensions";
import { HOST_NAME } from "../../../shared/version";

/** The executable's name in the install folder. */
export const INSTALLED_EXE = "dips-companion-host.exe";

/** The manifest file of a flavour in the install folder. */
export const manifestFileName = (flavour: ManifestFlavour): string => `${HOST_NAME}.${flavour}.json`;

/** A file of the package: its WiX id, its name in the install folder, and where its bytes come from. */
export interface MsiFile {
  readonly id: string;
  readonly name: string;
  readonly source: { readonly path: string } | { readonly data: Buffer };
}

/**
 * A registry value the package writes: the default value of `key` (under HKCU for a per-user install, HKLM for a
 * per-machine one) is the full path of the installed file `fileId`.
 */
export interface MsiRegistration {
  readonly id: string;
  readonly key: string;
  readonly fileId: string;
}

export interface MsiContents {
  readonly files: readonly MsiFile[];
  readonly registrations: readonly MsiRegistration[];
  /** The store extensions Chrome and Edge are to offer (release/src/external-extensions.ts); none without store ids. */
  readonly externalExtensions: readonly ExternalExtension[];
}

const FILE_IDS: Record<ManifestFlavour, string> = { chromium: "ManifestChromium", firefox: "ManifestFirefox" };

export function msiContents(
  exePath: string,
  chromeExtensionId: string,
  storeIds: typeof STORE_IDS = STORE_IDS,
): MsiContents {
  const ids = { chromeId: chromeExtensionId, geckoId: GECKO_ID, storeIds };
  const manifests = (["chromium", "firefox"] as const).map((flavour): MsiFile => ({
    id: FILE_IDS[flavour],
    name: manifestFileName(flavour),
    source: {
      data: Buffer.from(`${JSON.stringify(hostManifest(flavour, HOST_NAME, INSTALLED_EXE, ids), null, 2)}\n`),
    },
  }));
  const registrations = BROWSERS.map((browser) => ({
    id: `Register_${browser}`,
    // The same key under either hive: the package's scope picks the hive (see wxs-document.ts).
    key: registryKey(browser, "user", HOST_NAME).replace(/^HKCU\\/, ""),
    fileId: FILE_IDS[flavourOf(browser)],
  }));
  return {
    files: [{ id: "HostExe", name: INSTALLED_EXE, source: { path: exePath } }, ...manifests],
    registrations,
    externalExtensions: externalExtensions(storeIds),
  };
}
