// SPDX-License-Identifier: MIT
/**
 * Registers the content scripts for exactly the allowlisted origins whose host permission is granted: the page
 * bridge (top frame, `document_end`), the register's capture (top frame, `document_idle`) and, on Linux with the option on, the MAIN-world platform override at
 * `document_start`. Called at start-up and whenever the settings or permissions change.
 */
import browser, { type Scripting } from "webextension-polyfill";
import { originMatchPattern } from "../settings/model/settings";
import bridgeScript from "../content/bridge.ts?script&iife";
import platformScript from "../content/platform-override.ts?script&iife";
import captureScript from "../content/registration-capture.ts?script&iife";
import { readBackgroundSettings } from "./background-settings";
import { logEvent } from "./log";

const SCRIPT_IDS = {
  bridge: "dips-companion-bridge",
  platform: "dips-companion-platform",
  registrationCapture: "dips-companion-registration-capture",
} as const;

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

/**
 * Brings the registrations to what the settings want: update what stays, register what is new, unregister the rest.
 * Never unregister-then-register: a tab loading in that gap would get no bridge.
 */
async function register(): Promise<void> {
  const wanted = await wantedScripts();
  const wantedIds = new Set(wanted.map((script) => script.id));
  const existing = (await browser.scripting.getRegisteredContentScripts())
    .map((script) => script.id)
    .filter((id) => Object.values<string>(SCRIPT_IDS).includes(id));
  const stale = existing.filter((id) => !wantedIds.has(id));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const kept = wanted.filter((script) => existing.includes(script.id));
  const added = wanted.filter((script) => !existing.includes(script.id));
  if (kept.length > 0) await browser.scripting.updateContentScripts(kept);
  if (added.length > 0) await browser.scripting.registerContentScripts(added);
  logEvent("content-scripts-registered", {
    patterns: wanted[0]?.matches?.join(" ") ?? "",
    platform: wantedIds.has(SCRIPT_IDS.platform),
  });
}

async function wantedScripts(): Promise<Scripting.RegisteredContentScript[]> {
  const { settings } = await readBackgroundSettings();
  const { granted } = await grantedPatterns(settings.allowlist);
  if (granted.length === 0) return [];
  const scripts: Scripting.RegisteredContentScript[] = [
    { id: SCRIPT_IDS.bridge, js: [bridgeScript], matches: granted, runAt: "document_end", allFrames: false },
    // The register's capture: reads completion and status pages once they have loaded.
    {
      id: SCRIPT_IDS.registrationCapture,
      js: [captureScript],
      matches: granted,
      runAt: "document_idle",
      allFrames: false,
    },
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
  return scripts;
}
