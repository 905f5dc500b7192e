// SPDX-License-Identifier: MIT
/**
 * Reading and writing the settings layers: the user's in `storage.local` (versioned record), the policy's in
 * `storage.managed`. Anything that does not parse is ignored (logged), so a bad record never breaks the bridge.
 */
import browser from "webextension-polyfill";
import { z } from "zod";
import { PartialSettingsSchema, SETTINGS_VERSION, type PartialSettings } from "../../shared/settings";
import { loadManagedPolicy } from "./managed-store";
import { resolveSettings, type ResolvedSettings } from "./resolve-settings";

/** `storage.local` key of the user's settings record. */
export const USER_SETTINGS_KEY = "settings";

const UserSettingsRecordSchema = z
  .object({ version: z.literal(SETTINGS_VERSION), values: PartialSettingsSchema })
  .strict();

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
  const values = PartialSettingsSchema.parse({ ...(await loadUserSettings()), ...changes });
  await browser.storage.local.set({ [USER_SETTINGS_KEY]: { version: SETTINGS_VERSION, values } });
}

/** The policy layer's settings; `{}` where the browser has no managed storage (or no policy). */
export async function loadManagedSettings(): Promise<PartialSettings> {
  return (await loadManagedPolicy()).settings;
}

export async function readSettings(): Promise<ResolvedSettings> {
  const [managed, user] = await Promise.all([loadManagedSettings(), loadUserSettings()]);
  return resolveSettings(managed, user);
}
