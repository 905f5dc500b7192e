// SPDX-License-Identifier: MIT
/**
 * The settings part of a policy (`storage.managed`): each key parsed on its own, so one bad value drops only that
 * key. Apart from the policy-only keys (managed-policy.ts) and written with `zod/mini`, because the page bridge
 * needs only the settings and runs on every allowlisted page load.
 */
import * as z from "zod/mini";
import { PartialSettingsSchema, type PartialSettings } from "./model/settings";

/** The keys of a shape that parsed, with their parsed values, and the keys present but refused. */
export interface KeyByKey {
  readonly accepted: Record<string, unknown>;
  readonly rejectedKeys: string[];
}

/** Parses each key of `shape` present in `raw` on its own; `null` counts as absent (policy editors write it). */
export function parseKeyByKey(raw: object, shape: Readonly<Record<string, z.core.$ZodType>>): KeyByKey {
  const accepted: Record<string, unknown> = {};
  const rejectedKeys: string[] = [];
  for (const [key, schema] of Object.entries(shape)) {
    const value = (raw as Record<string, unknown>)[key];
    if (value === undefined || value === null) continue;
    const parsed = z.safeParse(schema, value);
    if (parsed.success) accepted[key] = parsed.data;
    else rejectedKeys.push(key);
  }
  return { accepted, rejectedKeys };
}

/** The settings a policy fixes, from what `storage.managed.get()` returned; unknown keys are ignored. */
export function parseManagedSettings(raw: unknown): { settings: PartialSettings; rejectedKeys: string[] } {
  if (typeof raw !== "object" || raw === null) return { settings: {}, rejectedKeys: [] };
  const { accepted, rejectedKeys } = parseKeyByKey(raw, PartialSettingsSchema.shape);
  return { settings: z.parse(PartialSettingsSchema, accepted), rejectedKeys };
}
