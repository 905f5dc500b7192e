// SPDX-License-Identifier: MIT
/**
 * The throwaway browser of `npm start`: a temp HOME and profile, the native host registered there with the host's
 * own install command (override root), the built extension loaded, and the practice site's origin allowlisted
 * through the extension's options page (configuration, not the release allowlist).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "puppeteer-core";
import { CHROME_EXTENSION_ID } from "../../shared/extension-ids";
import { HOST_NAME } from "../../shared/version";
import { createBrowserHome, HOST_SCRIPT, type BrowserHome } from "../../test/e2e/support/browser-home";
import { allowOrigin, openExtensionPage, type ExtensionBrowser } from "../../test/e2e/support/extension-browser";
import { FIREFOX_EXTENSION_UUID, launchChromium, launchFirefox } from "../../test/drivers/launch-browser";
import { pollForElement } from "../../test/drivers/poll-element";
import { repoRoot } from "../../test/pki/repo-path";

export interface StartBrowserOptions {
  readonly kind: "chromium" | "firefox";
  readonly headless: boolean;
  readonly readerName: string | undefined;
  readonly lang: "ja" | "en";
  readonly siteOrigin: string;
}

/**
 * Registers the host for this browser in the throwaway HOME with the host's own install command: Chromium reads
 * `<user-data-dir>/NativeMessagingHosts/`, Firefox `$HOME/.mozilla/native-messaging-hosts/`; the launcher (node
 * by absolute path on the bundle) goes into the temp HOME too.
 */
function registerHost(kind: "chromium" | "firefox", home: BrowserHome): void {
  const args = ["install", "--browser", kind, "--home", home.home, "--launcher-dir", join(home.home, "host")];
  const manifestDir =
    kind === "chromium"
      ? join(home.profileDir, "NativeMessagingHosts")
      : join(home.home, ".mozilla", "native-messaging-hosts");
  if (kind === "chromium") args.push("--manifest-dir", manifestDir);
  const result = spawnSync(process.execPath, [HOST_SCRIPT, ...args], {
    env: { ...process.env, HOME: home.home },
    encoding: "utf8",
  });
  const manifest = join(manifestDir, `${HOST_NAME}.json`);
  if (result.status !== 0 || !existsSync(manifest)) {
    throw new Error(
      `host install did not write ${manifest} (exit ${result.status ?? "signal"}): ${result.stderr || result.stdout}`,
    );
  }
}

function launch(options: StartBrowserOptions, home: BrowserHome): Promise<Browser> {
  const dist = `${repoRoot()}/dist`;
  const common = {
    home,
    language: options.lang,
    headless: options.headless,
    defaultViewport: { width: 1100, height: 900 },
  };
  return options.kind === "chromium"
    ? launchChromium({ ...common, extensionDir: `${dist}/chrome` })
    : launchFirefox({ ...common, extensionDir: `${dist}/firefox` });
}

/**
 * The extension's UI language through its options page (headless browsers ignore `--lang` for extensions).
 * Cosmetic: returns false when the setting could not be confirmed.
 */
async function chooseExtensionLanguage(target: ExtensionBrowser, lang: "ja" | "en"): Promise<boolean> {
  const page = await openExtensionPage(target, "pages/options/index.html");
  await pollForElement(page, "#setting-language", 15_000);
  await page.select("#setting-language", lang);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await page.close();
  const check = await openExtensionPage(target, "pages/options/index.html");
  try {
    for (let i = 0; i < 50; i++) {
      const value = await check
        .evaluate(() => (document.getElementById("setting-language") as HTMLSelectElement | null)?.value)
        .catch(() => undefined);
      if (value === lang) return true;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return false;
  } finally {
    await check.close();
  }
}

export async function startBrowser(
  options: StartBrowserOptions,
  note: (line: string) => void,
): Promise<ExtensionBrowser> {
  const reader = options.readerName === undefined ? {} : { reader: options.readerName };
  const home = createBrowserHome({ ...reader, withoutHost: true });
  try {
    registerHost(options.kind, home);
    note(`host registered for ${options.kind} in ${home.home}`);
    const browser = await launch(options, home);
    const target: ExtensionBrowser = {
      kind: options.kind,
      browser,
      home,
      extensionOrigin:
        options.kind === "chromium"
          ? `chrome-extension://${CHROME_EXTENSION_ID}`
          : `moz-extension://${FIREFOX_EXTENSION_UUID}`,
      close: async () => {
        await browser.close().catch(() => undefined);
        home.remove();
      },
    };
    await allowOrigin(target, options.siteOrigin);
    if (!(await chooseExtensionLanguage(target, options.lang)))
      note(`could not set the extension's language to ${options.lang}`);
    return target;
  } catch (error) {
    home.remove();
    throw error;
  }
}
