// SPDX-License-Identifier: MIT
/**
 * The one place that starts Chromium and Firefox with the extension for tests, benchmarks and `npm start`: the
 * executables, the flags that keep a throwaway browser quiet (no sync, no component updates, no first-run
 * pages) and the Firefox preferences that give the extension a fixed origin and grant its optional permissions
 * without a prompt a headless browser cannot show.
 */
import puppeteer, { type Browser, type Viewport } from "puppeteer-core";
import { GECKO_ID } from "../../shared/extension-ids";
import type { BrowserHome } from "../e2e/support/browser-home";
import { removeStaleChromiumPolicies } from "../e2e/support/chromium-policy-files";

/** Fixed moz-extension UUID (pref `extensions.webextensions.uuids`), so callers know the extension's origin. */
export const FIREFOX_EXTENSION_UUID = "5d1c3f7e-2b9a-4c61-9e0f-d1c5a0e7b001";

/** Flags of every Chromium we start: a quiet, throwaway browser. */
export const CHROMIUM_QUIET_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
] as const;

export interface LaunchBrowserOptions {
  /** The throwaway HOME and profile. */
  readonly home: BrowserHome;
  /** The unpacked extension to load (dist/chrome or dist/firefox). */
  readonly extensionDir: string;
  readonly language: string;
  /** Also send the language as Accept-Language (tests that check the site's language want it). */
  readonly acceptLanguage?: boolean;
  readonly headless?: boolean;
  readonly defaultViewport?: Viewport;
}

/** Chromium with the extension loaded over the pipe transport. */
export function launchChromium(options: LaunchBrowserOptions): Promise<Browser> {
  const { home, language } = options;
  removeStaleChromiumPolicies();
  return puppeteer.launch({
    browser: "chrome",
    executablePath: "/usr/bin/chromium",
    headless: options.headless ?? true,
    pipe: true,
    enableExtensions: [options.extensionDir],
    userDataDir: home.profileDir,
    env: home.env,
    ...(options.defaultViewport === undefined ? {} : { defaultViewport: options.defaultViewport }),
    args: [
      ...CHROMIUM_QUIET_ARGS,
      `--lang=${language}`,
      ...(options.acceptLanguage === true ? [`--accept-lang=${language}`] : []),
    ],
  });
}

/** Firefox ESR with the extension installed as a temporary add-on; `extraPrefs` adds to the common preferences. */
export async function launchFirefox(
  options: LaunchBrowserOptions & { readonly extraPrefs?: Readonly<Record<string, unknown>> },
): Promise<Browser> {
  const { home, language } = options;
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: "/usr/bin/firefox-esr",
    headless: options.headless ?? true,
    userDataDir: home.profileDir,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without this.
    env: { ...home.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: "1" },
    ...(options.defaultViewport === undefined ? {} : { defaultViewport: options.defaultViewport }),
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // Grant optional permissions without the doorhanger a headless browser cannot show.
      "extensions.webextOptionalPermissionPrompts": false,
      ...options.extraPrefs,
      "intl.locale.requested": language,
      "intl.accept_languages": language,
    },
  });
  await browser.installExtension(options.extensionDir);
  return browser;
}
