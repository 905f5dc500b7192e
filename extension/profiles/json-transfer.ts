// SPDX-License-Identifier: MIT
/**
 * Export and import of the whole profile set as JSON. Import accepts any version we ever wrote (migrated), checks
 * every entry, and merges by id: an imported owner or UA replaces the saved one with the same id.
 */
import type { ProfileSet } from "./model/profiles";
import { parseProfileSet } from "./model/profiles-migrations";

/** Files larger than this are refused unread (characters). */
export const MAX_JSON_CHARS = 4 * 1024 * 1024;

export type JsonImport = { ok: true; set: ProfileSet } | { ok: false; reasons: string[] };

export function exportProfilesJson(set: ProfileSet): string {
  return `${JSON.stringify(set, null, 2)}\n`;
}

function mergeById<T extends { id: string }>(saved: readonly T[], imported: readonly T[]): T[] {
  const byId = new Map(imported.map((item) => [item.id, item]));
  const merged = saved.map((item) => byId.get(item.id) ?? item);
  return [...merged, ...imported.filter((item) => !saved.some((old) => old.id === item.id))];
}

/** The set after importing the file, or the reasons the file was refused (nothing is saved here). */
export function importProfilesJson(text: string, current: ProfileSet): JsonImport {
  if (text.length > MAX_JSON_CHARS) return { ok: false, reasons: [`(file): larger than ${MAX_JSON_CHARS} characters`] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reasons: [`(file): not JSON (${error instanceof Error ? error.message : "parse error"})`] };
  }
  const imported = parseProfileSet(raw);
  if (!imported.ok) return imported;
  const merged = parseProfileSet({
    ...current,
    owners: mergeById(current.owners, imported.data.owners),
    uas: mergeById(current.uas, imported.data.uas),
  });
  return merged.ok ? { ok: true, set: merged.data } : merged;
}
