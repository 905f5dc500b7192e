// SPDX-License-Identifier: MIT
/**
 * Reading the policy layer from `storage.managed`, and watching it: Chromium delivers policy values 3–7 s after
 * start-up (an early read returns `{}`), so every page that shows managed values re-reads on a `managed` change.
 */
import browser from "webextension-polyfill";
import { EMPTY_POLICY, parseManagedPolicy, type ManagedPolicy } from "./managed-policy";

export async function loadManagedPolicy(): Promise<ManagedPolicy> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get(null);
  } catch {
    // No managed storage (no policy, or a browser without it): nothing to apply.
    return EMPTY_POLICY;
  }
  const policy = parseManagedPolicy(raw);
  if (policy.rejectedKeys.length > 0)
    console.warn("DIPS Companion: ignoring invalid policy keys", policy.rejectedKeys.join(", "));
  return policy;
}

/** Calls `onChange` whenever the policy changes, until `signal` aborts. */
export function watchManagedPolicy(onChange: (policy: ManagedPolicy) => void, signal: AbortSignal): void {
  const listener = (_changes: unknown, area: string): void => {
    if (area === "managed") void loadManagedPolicy().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener("abort", () => browser.storage.onChanged.removeListener(listener), { once: true });
}
