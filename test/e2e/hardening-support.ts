// SPDX-License-Identifier: MIT
/**
 * Helpers of the hardening end-to-end tests: finding the host processes a test browser started, reading lists,
 * stopping the extension's background, killing the browser.
 */
import { readdirSync, readFileSync } from "node:fs";
import type { Page } from "puppeteer-core";
import { z } from "zod";
import { GECKO_ID } from "../../shared/extension-ids";
import { HOST_EXECUTABLE } from "../support/host-executable";
import type { ExtensionBrowser } from "./support/extension-browser";

/** Pids of the host executable running with this host config folder (i.e. started by one test browser). */
export function hostPids(configDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      if (commandLine[0] !== HOST_EXECUTABLE) continue;
      const environment = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
      if (environment.includes(`DIPS_COMPANION_CONFIG_DIR=${configDir}`)) pids.push(pid);
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/**
 * SIGKILLs the browser's whole process group, as a crash would: no shutdown, no chance to finish a write (what the
 * kernel already has survives, as it does a crash; a power cut is not simulated). puppeteer starts the browser as
 * the leader of its own group, so one signal reaches every child. Resolves once the browser is gone.
 */
export async function killBrowser(target: ExtensionBrowser): Promise<void> {
  const child = target.browser.process();
  if (child?.pid === undefined) throw new Error("the browser was not started by this process");
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  process.kill(-child.pid, "SIGKILL");
  await exited;
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

const BidiEvaluateReplySchema = z.object({
  result: z.object({ type: z.literal("success"), result: z.object({ type: z.literal("string"), value: z.string() }) }),
});
const BidiTreeReplySchema = z.object({
  result: z.object({ contexts: z.array(z.object({ context: z.string(), url: z.string() })).min(1) }),
});

/**
 * Runs a script in Firefox's parent process (the browser window's chrome scope, which WebDriver BiDi opens when
 * `MOZ_REMOTE_ALLOW_SYSTEM_ACCESS` is set) and returns the string it resolves to. puppeteer-core keeps its BiDi
 * connection off the public type, so it is looked up at run time.
 */
async function evaluateInFirefoxParent(target: ExtensionBrowser, expression: string): Promise<string> {
  const connection: unknown = Reflect.get(target.browser, "connection");
  const send: unknown = typeof connection === "object" && connection !== null && Reflect.get(connection, "send");
  if (typeof send !== "function") throw new Error("no WebDriver BiDi connection (is this Firefox?)");
  const call = async (method: string, params: object): Promise<unknown> =>
    (await Reflect.apply(send, connection, [method, params])) as unknown;
  const tree = BidiTreeReplySchema.parse(await call("browsingContext.getTree", { "moz:scope": "chrome" }));
  const context = tree.result.contexts[0]?.context;
  const reply = await call("script.evaluate", { expression, target: { context }, awaitPromise: true });
  return BidiEvaluateReplySchema.parse(reply).result.result.value;
}

/** Firefox: the extension's background state as the parent process sees it (starting, running, suspending, stopped). */
export function firefoxBackgroundState(target: ExtensionBrowser): Promise<string> {
  return evaluateInFirefoxParent(
    target,
    `(async () => String(WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)})?.extension?.backgroundState))()`,
  );
}

/**
 * Stops the extension's background as the browser itself does. Chromium: CDP `ServiceWorker.stopAllWorkers` (what
 * the worker's idle timeout does). Firefox: the event page's own suspend (`extension.terminateBackground`, the path
 * of the idle timer and of about:debugging's "Terminate background script"), told to skip the keep-alive exemptions:
 * on its own Firefox never suspends a background whose native-messaging port is open. Resolves with the background
 * state after the stop (Firefox) or "stopped" (Chromium, where CDP reports nothing more).
 */
export async function stopBackground(target: ExtensionBrowser, page: Page): Promise<string> {
  if (target.kind === "chromium") {
    const session = await page.createCDPSession();
    await session.send("ServiceWorker.enable");
    await session.send("ServiceWorker.stopAllWorkers");
    await session.detach();
    return "stopped";
  }
  return evaluateInFirefoxParent(
    target,
    `(async () => {
      const extension = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)})?.extension;
      await extension.terminateBackground({ ignoreDevToolsAttached: true, disableResetIdleForTest: true });
      return String(extension.backgroundState);
    })()`,
  );
}
