// SPDX-License-Identifier: MIT
/**
 * A real browser with the built extension loaded (Chromium or Firefox), and the few things tests do with it: open
 * extension pages, allow an origin through the options page, find the PIN window.
 */
import { cpSync, existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { CHROME_EXTENSION_ID } from "../../../shared/extension-ids";
import { GUIDE_PATH } from "../../../extension/common/guide-path";
import { originMatchPattern } from "../../../extension/settings/model/settings";
import { FIREFOX_EXTENSION_UUID, launchChromium, launchFirefox } from "../../drivers/launch-browser";
import { pollUntil } from "../../support/poll-until";
import { createBrowserHome, type BrowserHome, type BrowserHomeOptions } from "./browser-home";

export type BrowserKind = "chromium" | "firefox";
export const BROWSER_KINDS: readonly BrowserKind[] = ["chromium", "firefox"];

const DIST = resolve(import.meta.dirname, "../../../dist");

export interface ExtensionBrowser {
  readonly kind: BrowserKind;
  readonly browser: Browser;
  readonly home: BrowserHome;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  readonly extensionOrigin: string;
  close(): Promise<void>;
}

export interface LaunchOptions extends BrowserHomeOptions {
  /** Firefox: stop an idle background after this many seconds (default 30, as shipped). */
  readonly firefoxIdleTimeoutSeconds?: number;
  /** UI language of the browser (default ja). */
  readonly language?: "ja" | "en";
  /**
   * Launch in this existing home (its browser profile and extension storage survive from an earlier launch). The
   * caller removes it; `close()` leaves it.
   */
  readonly home?: BrowserHome;
  /** Files added to this browser's private copy of the built extension (path in the extension → content). */
  readonly extraFiles?: Readonly<Record<string, string>>;
  /**
   * `testclock`: the test-clock build (dist/<browser>-testclock), whose register clock a test can move; default
   * `release`, the build that ships.
   */
  readonly build?: "release" | "testclock";
  /**
   * Keep the first-run guide the extension opens on install. By default a fresh browser closes it, as a user does
   * once read: left open, it is the active tab, and Chromium does not deliver a click to a page in a tab behind it.
   */
  readonly keepFirstRunGuide?: boolean;
}

export async function launchExtensionBrowser(
  kind: BrowserKind,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  const reused = options.home !== undefined;
  const home = options.home ?? createBrowserHome(options);
  const language = options.language ?? "ja";
  try {
    // A private copy: another run may rebuild dist/ (emptying it first) while this browser is still using it.
    const extensionDir = join(home.home, "extension");
    const folder = `${kind === "chromium" ? "chrome" : "firefox"}${options.build === "testclock" ? "-testclock" : ""}`;
    await copyWhenSettled(`${DIST}/${folder}`, extensionDir);
    for (const [path, content] of Object.entries(options.extraFiles ?? {}))
      writeFileSync(join(extensionDir, path), content);
    const browser =
      kind === "chromium"
        ? await launchChromiumWith(home, language, extensionDir)
        : await launchFirefoxWith(home, language, options, extensionDir);
    const extensionOrigin =
      kind === "chromium" ? `chrome-extension://${CHROME_EXTENSION_ID}` : `moz-extension://${FIREFOX_EXTENSION_UUID}`;
    const target: ExtensionBrowser = {
      kind,
      browser,
      home,
      extensionOrigin,
      close: async () => {
        await browser.close().catch(() => undefined);
        if (!reused) home.remove();
      },
    };
    // Only a fresh profile is an install; a reused one opens no guide.
    if (!reused && options.keepFirstRunGuide !== true) await closeFirstRunGuide(target);
    return target;
  } catch (error) {
    if (!reused) home.remove();
    throw error;
  }
}

/** Closes the guide the extension opened on install, once it is there (a launch without a working extension has none). */
async function closeFirstRunGuide(target: ExtensionBrowser): Promise<void> {
  const guide = await waitForExtensionPage(target, GUIDE_PATH, { timeout: 15_000 });
  await guide?.close().catch(() => undefined);
}

/** A fingerprint of a folder's files (names, sizes, times), or null while it has no manifest. */
function folderState(dir: string): string | null {
  if (!existsSync(join(dir, "manifest.json"))) return null;
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return entries
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const { size, mtimeMs } = statSync(path);
      return `${path}:${size}:${mtimeMs}`;
    })
    .sort()
    .join("\n");
}

/** Copies the built extension once nobody is writing it (unchanged for a second), waiting up to a minute. */
async function copyWhenSettled(source: string, destination: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  let previous = folderState(source);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const current = folderState(source);
    if (current !== null && current === previous) break;
    if (Date.now() > deadline)
      throw new Error(`${source} is missing or keeps changing: build it with npm run build:ext`);
    previous = current;
  }
  cpSync(source, destination, { recursive: true });
}

function launchChromiumWith(home: BrowserHome, language: string, extensionDir: string): Promise<Browser> {
  return launchChromium({ home, language, extensionDir, acceptLanguage: true });
}

function launchFirefoxWith(
  home: BrowserHome,
  language: string,
  options: LaunchOptions,
  extensionDir: string,
): Promise<Browser> {
  return launchFirefox({
    home,
    language,
    extensionDir,
    extraPrefs: {
      "extensions.background.idle.timeout": (options.firefoxIdleTimeoutSeconds ?? 30) * 1000,
      // The add-on is installed again at every launch (temporary): keep its storage in a reused profile.
      "extensions.webextensions.keepStorageOnUninstall": options.home !== undefined,
      "extensions.webextensions.keepUuidOnUninstall": options.home !== undefined,
    },
  });
}

/** Opens an extension page (e.g. `pages/options/index.html`) in a new tab. */
export async function openExtensionPage(target: ExtensionBrowser, path: string): Promise<Page> {
  const page = await target.browser.newPage();
  const url = `${target.extensionOrigin}/${path}`;
  if (target.kind === "chromium") {
    await page.goto(url);
    // In front, as a page the user just opened is: a tab the extension opened later (the guide) would hide it.
    await page.bringToFront();
    return page;
  }
  // Firefox loads the page but WebDriver BiDi never reports that navigation (it moves to the extension process), and
  // may lose the old realm mid-way: start it without waiting and poll the document, ignoring lost-realm errors.
  page.goto(url, { timeout: 60_000 }).catch(() => undefined);
  await pollUntil(
    () =>
      page
        .evaluate((expected) => location.href === expected && document.readyState === "complete", url)
        .catch(() => false),
    (loaded) => loaded,
    { timeoutMs: 20_000, intervalMs: 100, failure: () => `${url} did not load within 20 s` },
  );
  return page;
}

/**
 * Adds an origin to the allowlist the way a user does: typed into the options page, which asks the browser for the
 * host permission. A headless browser cannot show that prompt: Firefox grants it by pref (see test/drivers/launch-browser.ts); in
 * Chromium the test first grants the site on chrome://extensions (Site access → Add a site, the same API that page
 * uses), after which the extension's request resolves without a prompt.
 */
export async function allowOrigin(target: ExtensionBrowser, origin: string): Promise<void> {
  if (target.kind === "chromium") await grantSiteAccessInChromium(target, origin);
  const options = await openOptionsPage(target);
  await options.type("#allowlist-input", origin);
  await options.click("#allowlist-add");
  const added = `#allowlist-list li[data-origin="${origin}"]`;
  await options.waitForSelector(`${added}, #allowlist-error:not([hidden])`, { timeout: 15_000 });
  const error = await options.$eval("#allowlist-error", (element) =>
    (element as HTMLElement).hidden ? "" : (element.textContent ?? ""),
  );
  if (error !== "") throw new Error(`the options page did not add ${origin}: ${error}`);
  await options.close();
}

/**
 * Opens the options page once it stands still: the allowlist editor has listed the origins (its click handler is
 * attached by then) and the diagnostics, which run at load and sit above the other sections, are shown. A click
 * aimed while the diagnostics list grew landed where the button had been.
 */
export async function openOptionsPage(target: ExtensionBrowser): Promise<Page> {
  const options = await openExtensionPage(target, "pages/options/index.html");
  await optionsPageSettled(options);
  return options;
}

/** Waits until an open options page stands still (see openOptionsPage). */
export async function optionsPageSettled(options: Page, timeout = 60_000): Promise<void> {
  await options.waitForSelector("#allowlist-list li[data-origin]", { timeout });
  await options.waitForSelector('#diagnostics-list[aria-busy="false"]', { timeout });
}

/**
 * The newest open extension page under `path` (e.g. `pages/pin/`) that is not in `exclude`. Firefox's WebDriver BiDi
 * reports windows the extension opens with their first URL (about:blank), so pages are asked for their location.
 */
export async function waitForExtensionPage(
  target: ExtensionBrowser,
  path: string,
  { timeout = 20_000, exclude = [] }: { timeout?: number; exclude?: readonly Page[] } = {},
): Promise<Page | null> {
  const prefix = `${target.extensionOrigin}/${path}`;
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const pages = (await target.browser.pages()).filter((page) => !exclude.includes(page) && !page.isClosed());
    for (const page of pages.reverse()) {
      const href = await page.evaluate(() => location.href).catch(() => "");
      if (href.startsWith(prefix)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return null;
}

/** The PIN window the extension opened (the newest, if several). */
export async function waitForPinWindow(
  target: ExtensionBrowser,
  options: { timeout?: number; exclude?: readonly Page[] } = {},
): Promise<Page> {
  const page = await waitForExtensionPage(target, "pages/pin/", options);
  if (page === null) throw new Error(`no PIN window within ${options.timeout ?? 20_000} ms`);
  return page;
}

/** The open PIN windows with their phase (`data-phase`), found by each page's own location. */
export async function openPinWindows(target: ExtensionBrowser): Promise<{ page: Page; phase: string }[]> {
  const prefix = `${target.extensionOrigin}/pages/pin/`;
  const found: { page: Page; phase: string }[] = [];
  for (const page of await target.browser.pages()) {
    if (page.isClosed()) continue;
    const state = await Promise.race([
      page.evaluate(() => ({ href: location.href, phase: document.body.dataset.phase ?? "" })).catch(() => null),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 2_000)),
    ]);
    if (state?.href.startsWith(prefix) === true) found.push({ page, phase: state.phase });
  }
  return found;
}

/**
 * Waits for the PIN window that is ready for a PIN, among those not in `done`; `others`: the phases of the rest
 * (e.g. "queued").
 */
export async function waitForReadyPinWindow(
  target: ExtensionBrowser,
  done: Set<Page>,
): Promise<{ ready: Page; others: string[] }> {
  const windows = await pollUntil(
    async () => (await openPinWindows(target)).filter((window) => !done.has(window.page)),
    (open) => open.some((window) => window.phase === "ready"),
    { timeoutMs: 30_000, failure: (open) => `no ready PIN window; phases ${open.map((w) => w.phase).join(",")}` },
  );
  const ready = windows.find((window) => window.phase === "ready")!;
  return { ready: ready.page, others: windows.filter((w) => w !== ready).map((w) => w.phase) };
}

/** Grants an origin's host permission as a user would on chrome://extensions (Site access → Add a site). */
export async function grantSiteAccessInChromium(target: ExtensionBrowser, origin: string): Promise<void> {
  const page = await target.browser.newPage();
  await page.goto(`chrome://extensions/?id=${CHROME_EXTENSION_ID}`);
  await page.evaluate(
    (id, pattern) =>
      (
        globalThis as unknown as {
          chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };
        }
      ).chrome.developerPrivate.addHostPermission(id, pattern),
    CHROME_EXTENSION_ID,
    originMatchPattern(origin),
  );
  await page.close();
}

/** The popup as a page describing the tab that shows `url` (a real toolbar popup cannot be opened headless). */
export async function openPopupFor(target: ExtensionBrowser, url: string): Promise<Page> {
  const finder = await openExtensionPage(target, "pages/popup/index.html");
  const tabId = await finder.evaluate(async (prefix) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url?.startsWith(prefix) === true)?.id ?? -1;
  }, url);
  await finder.close();
  const popup = await openExtensionPage(target, `pages/popup/index.html?tab=${tabId}`);
  await popup.setViewport({ width: 380, height: 420 });
  await popup.waitForFunction(() => (document.getElementById("tab-pending")?.textContent ?? "") !== "", {
    polling: 100,
  });
  return popup;
}
