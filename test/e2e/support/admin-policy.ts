// SPDX-License-Identifier: MIT
/**
 * What the admin e2e tests deploy: the managed values (an allowed origin, export off, a pushed owner and UA, …),
 * written as a Chromium policy file under /etc/chromium/policies/managed/ (machine-wide: uniquely named, removed
 * right after the test) or as a Firefox managed-storage manifest in the test browser's own HOME.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { CHROME_EXTENSION_ID, GECKO_ID } from "../../../shared/extension-ids";
import { grantSiteAccessInChromium, openOptionsPage, type ExtensionBrowser } from "./extension-browser";

export { writeChromiumPolicy } from "./chromium-policy-files";

export const POLICY_OWNER = {
  id: "hq-owner",
  kind: "individual",
  label: "本社配布",
  name: "政策 花子",
  reading: "セイサク ハナコ",
  birthDate: "1975-05-05",
  address: { postalCode: "100-8918", prefecture: "東京都", city: "千代田区", line1: "霞が関2-1-3", line2: "" },
  phone: "03-5253-8111",
  email: "hanako@example.co.jp",
  user: { sameAsOwner: true },
} as const;

export const POLICY_UA = {
  id: "fleet-01",
  label: "点検1号機",
  manufacturingType: "1",
  manufacturer: "DJI",
  model: "Matrice 350 RTK",
  category: "3",
  serialNumber: "1ZNBJ7R00C00A1",
  weightKg: 6.47,
  maxTakeoffWeightKg: 9.2,
  remoteId: { type: "1", manufacturer: "", model: "", serialNumber: "1581F5BKD229T00A1" },
  altered: false,
  alterationDetails: "",
} as const;

export const ADMIN_NOTE = "情報システム部 内線 1234";

/** The managed values the tests push: the given origins allowed, export off, coexistence fixed, one owner + UA. */
export function testManagedValues(allowedOrigins: readonly string[]): Record<string, unknown> {
  return {
    allowlist: [...allowedOrigins],
    exportDisabled: true,
    coexistence: "answer",
    diagnosticsLogging: true,
    adminNote: ADMIN_NOTE,
    profiles: { owners: [POLICY_OWNER], uas: [POLICY_UA] },
  };
}

/** The Chromium policy that hands `values` to the extension (`3rdparty` → storage.managed). */
export function chromiumThirdPartyPolicy(values: Record<string, unknown>, extensionId = CHROME_EXTENSION_ID) {
  return { "3rdparty": { extensions: { [extensionId]: values } } };
}

/** `$HOME/.mozilla/managed-storage/<gecko-id>.json` in the test browser's HOME. */
export function writeFirefoxManagedStorage(home: string, values: Record<string, unknown>): void {
  const dir = join(home, ".mozilla", "managed-storage");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${GECKO_ID}.json`),
    JSON.stringify({ name: GECKO_ID, description: "DIPS Companion policy (e2e)", type: "storage", data: values }),
  );
}

/** Opens the options page and waits until it shows the policy (Chromium delivers it seconds after start-up). */
export async function openOptionsWithPolicy(target: ExtensionBrowser): Promise<Page> {
  const options = await openOptionsPage(target);
  await options.waitForSelector("#policy-keys", { timeout: 30_000 });
  // The page reloads when the policy arrives: wait for the diagnostics of that load too.
  await options.waitForSelector('#diagnostics-list[aria-busy="false"]', { timeout: 60_000 });
  return options;
}

/**
 * A policy cannot grant host permissions: the user confirms a policy origin once with the options page's button.
 * Headless Chromium cannot show that prompt, so the test grants the site on chrome://extensions first (as
 * allowOrigin does); Firefox grants by pref. Waits until the options page lists the origin as granted.
 */
export async function grantPolicyOrigin(target: ExtensionBrowser, options: Page, origin: string): Promise<void> {
  if (target.kind === "chromium") await grantSiteAccessInChromium(target, origin);
  const row = `#allowlist-list li[data-origin="${origin}"]`;
  await options.waitForSelector(row, { timeout: 15_000 });
  const grant = await options.$(`${row} button.grant`);
  if (grant !== null) await grant.click();
  await options.waitForFunction(
    (selector) => document.querySelector(`${selector} button.grant`) === null,
    { timeout: 15_000 },
    row,
  );
}
