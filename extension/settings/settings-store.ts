// SPDX-License-Identifier: MIT
/**
 * Reading and writing the settings layers: the user's in `storage.local` (versioned record), the policy's in
 * `storage.managed`. Anything that does not parse is ignored (logged), so a bad record never breaks the bridge.
 */
import browser from "webextension-polyfill";
import * as z from "zod/mini";
import { PartialSettingsSchema, SETTINGS_VERSION, type PartialSettings } from "./model/settings";
import { parseManagedSettings } from "./managed-settings";
import { resolveSettings, type ResolvedSettings } from "./resolve-settings";

/** `storage.local` key of the user's settings record. */
export const USER_SETTINGS_KEY = "settings";

const UserSettingsRecordSchema = z.strictObject({
  version: z.literal(SETTINGS_VERSION),
  values: PartialSettingsSchema,
});

/** The user's settings from a stored record; older versions would be migrated here. */
export function parseUserSettingsRecord(raw: unknown): PartialSettings {
  if (raw === undefined) return {};
  const parsed = UserSettingsRecordSchema.safeParse(raw);
  if (!parsed.success) {
    console.warn("DIPS Companion: ignoring unreadable user settings", parsed.error.issues);
    return {};
  }
  return parsed.data.values;
}

export async function loadUserSettings(): Promise<PartialSettings> {
  const stored = await browser.storage.local.get(USER_SETTINGS_KEY);
  return parseUserSettingsRecord(stored[USER_SETTINGS_KEY]);
}

/** Merges `changes` into the user's settings (after validating them) and saves the record. */
export async function saveUserSettings(changes: PartialSettings): Promise<void> {
  const values = z.parse(PartialSettingsSchema, { ...(await loadUserSettings()), ...changes });
  await browser.storage.local.set({ [USER_SETTINGS_KEY]: { version: SETTINGS_VERSION, values } });
}

/**
 * The policy layer's settings; `{}` where the browser has no managed storage (or no policy). Reads only the
 * settings keys (not the whole policy with its profiles) so that the page bridge stays small.
 */
export async function loadManagedSettings(): Promise<PartialSettings> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get(null);
  } catch {
    // No managed storage (no policy, or a browser without it): nothing to apply.
    return {};
  }
  const { settings, rejectedKeys } = parseManagedSettings(raw);
  if (rejectedKeys.length > 0) console.warn("DIPS Companion: ignoring invalid policy keys", rejectedKeys.join(", "));
  return settings;
}

export async function readSettings(): Promise<ResolvedSettings> {
  const [managed, user] = await Promise.all([loadManagedSettings(), loadUserSettings()]);
  return resolveSettings(managed, user);
}
