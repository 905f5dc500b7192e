// SPDX-License-Identifier: MIT
/**
 * Where each browser looks for native-messaging host manifests (Chrome: developer.chrome.com "Native messaging",
 * "Native messaging host location"; Firefox: MDN "Native manifests"), per platform and scope. Brave, Vivaldi, snap
 * and flatpak paths follow the locations those packages read (browserpass-native#112, bitwarden/clients#11750).
 */

/** The browsers the installer knows. */
export const BROWSERS = ["chrome", "chromium", "edge", "brave", "vivaldi", "firefox"] as const;
export type Browser = (typeof BROWSERS)[number];

/** "chromium": manifest with `allowed_origins`; "firefox": with `allowed_extensions`. */
export type ManifestFlavour = "chromium" | "firefox";

export const flavourOf = (browser: Browser): ManifestFlavour => (browser === "firefox" ? "firefox" : "chromium");

export type Scope = "user" | "system";

/** Manifest folders on Linux, relative to $HOME (user) or absolute (system). */
const LINUX: Record<Browser, Record<Scope, string[]>> = {
  chrome: { user: [".config/google-chrome/NativeMessagingHosts"], system: ["/etc/opt/chrome/native-messaging-hosts"] },
  chromium: {
    user: [".config/chromium/NativeMessagingHosts", "snap/chromium/common/chromium/NativeMessagingHosts"],
    system: ["/etc/chromium/native-messaging-hosts"],
  },
  edge: { user: [".config/microsoft-edge/NativeMessagingHosts"], system: ["/etc/opt/edge/native-messaging-hosts"] },
  brave: {
    user: [".config/BraveSoftware/Brave-Browser/NativeMessagingHosts"],
    system: ["/etc/opt/brave.com/brave/native-messaging-hosts"],
  },
  vivaldi: { user: [".config/vivaldi/NativeMessagingHosts"], system: ["/etc/opt/vivaldi/native-messaging-hosts"] },
  firefox: {
    user: [
      ".mozilla/native-messaging-hosts",
      "snap/firefox/common/.mozilla/native-messaging-hosts",
      ".var/app/org.mozilla.firefox/.mozilla/native-messaging-hosts",
    ],
    system: ["/usr/lib/mozilla/native-messaging-hosts", "/usr/lib64/mozilla/native-messaging-hosts"],
  },
};

/** Manifest folders on macOS, relative to $HOME (user) or absolute (system). */
const MAC: Record<Browser, Record<Scope, string[]>> = {
  chrome: {
    user: ["Library/Application Support/Google/Chrome/NativeMessagingHosts"],
    system: ["/Library/Google/Chrome/NativeMessagingHosts"],
  },
  chromium: {
    user: ["Library/Application Support/Chromium/NativeMessagingHosts"],
    system: ["/Library/Application Support/Chromium/NativeMessagingHosts"],
  },
  edge: {
    user: ["Library/Application Support/Microsoft Edge/NativeMessagingHosts"],
    system: ["/Library/Microsoft/Edge/NativeMessagingHosts"],
  },
  brave: {
    user: ["Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts"],
    system: ["/Library/BraveSoftware/Brave-Browser/NativeMessagingHosts"],
  },
  vivaldi: {
    user: ["Library/Application Support/Vivaldi/NativeMessagingHosts"],
    system: ["/Library/Application Support/Vivaldi/NativeMessagingHosts"],
  },
  firefox: {
    user: ["Library/Application Support/Mozilla/NativeMessagingHosts"],
    system: ["/Library/Application Support/Mozilla/NativeMessagingHosts"],
  },
};

/** Registry keys (under HKCU or HKLM) whose default value names the manifest file, on Windows. */
const WINDOWS_KEYS: Record<Browser, string> = {
  chrome: "Software\\Google\\Chrome\\NativeMessagingHosts",
  chromium: "Software\\Chromium\\NativeMessagingHosts",
  edge: "Software\\Microsoft\\Edge\\NativeMessagingHosts",
  brave: "Software\\BraveSoftware\\Brave-Browser\\NativeMessagingHosts",
  vivaldi: "Software\\Vivaldi\\NativeMessagingHosts",
  firefox: "Software\\Mozilla\\NativeMessagingHosts",
};

/** Manifest folders of a browser on Linux or macOS: absolute for system scope, relative to $HOME for user scope. */
export function manifestFolders(platform: "linux" | "darwin", browser: Browser, scope: Scope): string[] {
  return (platform === "darwin" ? MAC : LINUX)[browser][scope];
}

/** The registry key of a browser for `hostName`, e.g. `HKCU\Software\Google\Chrome\NativeMessagingHosts\<name>`. */
export function registryKey(browser: Browser, scope: Scope, hostName: string): string {
  return `${scope === "system" ? "HKLM" : "HKCU"}\\${WINDOWS_KEYS[browser]}\\${hostName}`;
}
