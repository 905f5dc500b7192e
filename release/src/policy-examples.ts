// SPDX-License-Identifier: MIT
/**
 * Example policy files an admin adapts: Chromium/Chrome managed policy (force-install from a self-hosted update
 * URL + the extension's `3rdparty` values) and Firefox `policies.json` (install + `3rdparty`). The Linux package
 * ships them under /usr/share/doc as examples only: installing them is the admin's decision.
 */
import { GECKO_ID } from "../../shared/extension-ids";

export interface PolicyExampleInput {
  readonly chromeExtensionId: string;
  /** `updates.xml` URL on the organisation's server. */
  readonly updateUrl: string;
  /** The XPI's URL on the organisation's server. */
  readonly xpiUrl: string;
  /** The extension's managed values (see release/platform/policies/managed-values.example.json). */
  readonly managedValues: Readonly<Record<string, unknown>>;
}

/** `/etc/chromium/policies/managed/dips-companion.json` or `/etc/opt/chrome/policies/managed/…`. */
export function chromiumPolicy({ chromeExtensionId, updateUrl, managedValues }: PolicyExampleInput): object {
  return {
    ExtensionInstallForcelist: [`${chromeExtensionId};${updateUrl}`],
    "3rdparty": { extensions: { [chromeExtensionId]: managedValues } },
  };
}

/** `/etc/firefox/policies/policies.json` (or `distribution/policies.json` next to the Firefox binary). */
export function firefoxPolicy({ xpiUrl, managedValues }: PolicyExampleInput): object {
  return {
    policies: {
      ExtensionSettings: { [GECKO_ID]: { installation_mode: "force_installed", install_url: xpiUrl } },
      "3rdparty": { Extensions: { [GECKO_ID]: managedValues } },
    },
  };
}

/** `~/.mozilla/managed-storage/<gecko-id>.json`: per-user managed values for Firefox, no root needed. */
export function firefoxManagedStorage(managedValues: Readonly<Record<string, unknown>>): object {
  return { name: GECKO_ID, description: "DIPS Companion managed settings", type: "storage", data: managedValues };
}
