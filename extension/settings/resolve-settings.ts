// SPDX-License-Identifier: MIT
/**
 * Settings resolution, the one place that merges the layers: managed (policy) > user > default. The allowlist is
 * the union of all three (policy and user only add origins). An admin issue extends the managed layer here.
 */
import { DEFAULT_SETTINGS, type PartialSettings, type Settings } from "./model/settings";

/** The effective settings and which keys a policy fixed (the options page shows those read-only). */
export interface ResolvedSettings {
  readonly settings: Settings;
  readonly managedKeys: ReadonlySet<keyof Settings>;
}

export function resolveSettings(managed: PartialSettings, user: PartialSettings): ResolvedSettings {
  const allowlist = [
    ...new Set([...DEFAULT_SETTINGS.allowlist, ...(user.allowlist ?? []), ...(managed.allowlist ?? [])]),
  ];
  const settings: Settings = { ...DEFAULT_SETTINGS, ...definedOnly(user), ...definedOnly(managed), allowlist };
  const managedKeys = new Set(
    (Object.keys(definedOnly(managed)) as (keyof Settings)[]).filter((key) => key !== "allowlist"),
  );
  return { settings, managedKeys };
}

function definedOnly(values: PartialSettings): PartialSettings {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}
