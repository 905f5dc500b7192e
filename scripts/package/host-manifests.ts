// SPDX-License-Identifier: MIT
/**
 * The system-wide native-messaging registrations the Linux package installs: one manifest per browser family
 * (Chromium-style `allowed_origins`, Firefox `allowed_extensions`) in each browser's system folder.
 */
import { GECKO_ID } from "../../shared/extension-ids";
import { HOST_NAME } from "../../shared/version";

/** Where the package puts the host. */
export const LINUX_INSTALL_DIR = "/usr/lib/dips-companion";
/** The launcher browsers start: it runs the bundle with the system Node (browsers do not have the user's PATH). */
export const LINUX_LAUNCHER = `${LINUX_INSTALL_DIR}/dips-companion-host`;

/** System folders each browser reads host manifests from (Linux). */
export const LINUX_HOST_MANIFEST_DIRS = {
  chromium: "/etc/chromium/native-messaging-hosts",
  chrome: "/etc/opt/chrome/native-messaging-hosts",
  edge: "/etc/opt/edge/native-messaging-hosts",
  firefox: "/usr/lib/mozilla/native-messaging-hosts",
} as const;
export type LinuxBrowser = keyof typeof LINUX_HOST_MANIFEST_DIRS;

export interface HostManifest {
  readonly name: string;
  readonly description: string;
  readonly path: string;
  readonly type: "stdio";
  readonly allowed_origins?: readonly string[];
  readonly allowed_extensions?: readonly string[];
}

/** The manifest for one browser family; `chromeExtensionId` is the id of the packed CRX (from its signing key). */
export function hostManifest(
  browser: LinuxBrowser,
  chromeExtensionId: string,
  launcher = LINUX_LAUNCHER,
): HostManifest {
  const common = { name: HOST_NAME, description: "DIPS Companion card host", path: launcher, type: "stdio" } as const;
  return browser === "firefox"
    ? { ...common, allowed_extensions: [GECKO_ID] }
    : { ...common, allowed_origins: [`chrome-extension://${chromeExtensionId}/`] };
}
