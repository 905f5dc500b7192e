// SPDX-License-Identifier: MIT
/** Helpers of the hardening end-to-end tests: finding the host processes a test browser started, reading lists. */
import { readdirSync, readFileSync } from "node:fs";
import type { Page } from "puppeteer-core";
import { HOST_SCRIPT } from "./support/browser-home";
import type { ExtensionBrowser } from "./support/extension-browser";

/** Pids of the built host running with this host config folder (i.e. started by one test browser). */
export function hostPids(configDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      if (!commandLine.includes(HOST_SCRIPT)) continue;
      const environment = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
      if (environment.includes(`DIPS_COMPANION_CONFIG_DIR=${configDir}`)) pids.push(pid);
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** Polls `probe` every 200 ms until it returns true; throws after `timeoutMs`. */
export async function waitUntil(
  probe: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The options page's diagnostics list as `{ ok, text }` items, after a fresh run. */
export async function runDiagnostics(options: Page): Promise<{ ok: boolean; text: string }[]> {
  await options.waitForSelector("#diagnostics-list li[data-ok]", { timeout: 60_000 });
  await options.evaluate(() => document.getElementById("diagnostics-list")?.replaceChildren());
  await options.click("#diagnostics-run");
  await options.waitForSelector("#diagnostics-list li[data-ok]", { timeout: 60_000 });
  return options.$$eval("#diagnostics-list li", (items) =>
    items.map((item) => ({ ok: item.dataset.ok === "true", text: item.textContent ?? "" })),
  );
}

/**
 * How many PIN windows are open, judged by each page's own location (Firefox's WebDriver BiDi may keep reporting a
 * window the extension closed, and reports extension windows with their first URL).
 */
export async function openPinWindowCount(target: ExtensionBrowser): Promise<number> {
  const prefix = `${target.extensionOrigin}/pages/pin/`;
  let count = 0;
  for (const page of await target.browser.pages()) {
    if (page.isClosed()) continue;
    const href = await Promise.race([
      page.evaluate(() => location.href).catch(() => ""),
      new Promise<string>((resolve) => setTimeout(() => resolve(""), 2_000)),
    ]);
    if (href.startsWith(prefix)) count++;
  }
  return count;
}
