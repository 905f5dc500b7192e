// SPDX-License-Identifier: MIT
/**
 * Registers the content scripts for exactly the allowlisted origins whose host permission is granted: the page
 * bridge (top frame, `document_end`) and, on Linux with the option on, the MAIN-world platform override at
 * `document_start`. Called at start-up and whenever the settings or permissions change.
 */
import browser, { type Scripting } from "webextension-polyfill";
import { originMatchPattern } from "../../shared/settings";
import bridgeScript from "../content/bridge.ts?script&iife";
import platformScript from "../content/platform-override.ts?script&iife";
import { readBackgroundSettings } from "./background-settings";
import { logEvent } from "./log";

const SCRIPT_IDS = { bridge: "dips-companion-bridge", platform: "dips-companion-platform" } as const;

let syncing: Promise<void> = Promise.resolve();

/** Re-registers the scripts; calls are serialized so two quick changes cannot interleave. */
export function syncContentScripts(): Promise<void> {
  syncing = syncing.then(register, register);
  return syncing;
}

/** The allowlisted origins' match patterns, split by whether the host permission is granted. */
export async function grantedPatterns(allowlist: readonly string[]): Promise<{ granted: string[]; missing: string[] }> {
  const granted: string[] = [];
  const missing: string[] = [];
  for (const origin of allowlist) {
    const pattern = originMatchPattern(origin);
    const has = await browser.permissions.contains({ origins: [pattern] });
    (has ? granted : missing).push(origin);
  }
  return { granted: [...new Set(granted.map(originMatchPattern))], missing };
}

async function register(): Promise<void> {
  const { settings } = await readBackgroundSettings();
  const { granted } = await grantedPatterns(settings.allowlist);
  const existing = await browser.scripting.getRegisteredContentScripts();
  const ours = existing.map((script) => script.id).filter((id) => Object.values<string>(SCRIPT_IDS).includes(id));
  if (ours.length > 0) await browser.scripting.unregisterContentScripts({ ids: ours });
  if (granted.length === 0) return;
  const scripts: Scripting.RegisteredContentScript[] = [
    { id: SCRIPT_IDS.bridge, js: [bridgeScript], matches: granted, runAt: "document_end", allFrames: false },
  ];
  const { os } = await browser.runtime.getPlatformInfo();
  if (os === "linux" && settings.linuxPlatformOverride) {
    scripts.push({
      id: SCRIPT_IDS.platform,
      js: [platformScript],
      matches: granted,
      runAt: "document_start",
      allFrames: false,
      world: "MAIN",
    });
  }
  await browser.scripting.registerContentScripts(scripts);
  logEvent("content-scripts-registered", { patterns: granted.join(" "), platform: scripts.length > 1 });
}
