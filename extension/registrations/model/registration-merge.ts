// SPDX-License-Identifier: MIT
/**
 * JSON export and import of the register. An import is checked whole before anything changes, then merged by
 * registration mark: an imported entry replaces the saved one with the same mark only if it changed later
 * (`updatedAt`), so importing an older export never undoes a recapture or a deregistration, and importing the same
 * file twice changes nothing. Any problem refuses the whole file with a catalogue code and its reasons.
 */
import type { ErrorCode } from "../../../shared/errors/catalogue";
import { MAX_REGISTRATIONS, parseRegister, type Register, type Registration } from "./registrations";

/** Files larger than this are refused unread (characters); a full register exports to about 3 MB. */
export const MAX_REGISTER_JSON_CHARS = 8 * 1024 * 1024;

export type RegisterMerge =
  | {
      ok: true;
      register: Register;
      /** Imported marks that were not in the register. */
      added: number;
      /** Saved entries replaced by a later imported copy. */
      replaced: number;
      /** Imported entries ignored because the saved copy is as recent or more. */
      unchanged: number;
    }
  | { ok: false; code: Extract<ErrorCode, "REGISTER_IMPORT_INVALID" | "REGISTER_FULL">; reasons: string[] };

/** The register as an exported file. */
export function exportRegisterJson(register: Register): string {
  return `${JSON.stringify(register, null, 2)}\n`;
}

const newer = (imported: Registration, saved: Registration) =>
  Date.parse(imported.updatedAt) > Date.parse(saved.updatedAt);

function entryCount(raw: unknown): number {
  if (typeof raw !== "object" || raw === null || !("registrations" in raw)) return 0;
  return Array.isArray(raw.registrations) ? raw.registrations.length : 0;
}

/**
 * The register after merging an imported one (already read from JSON), or why it was refused; `current` is
 * never changed.
 * @example mergeRegister(EMPTY_REGISTER, { version: 1, registrations: [entry] }) // { ok: true, added: 1, … }
 */
export function mergeRegister(current: Register, raw: unknown): RegisterMerge {
  const count = entryCount(raw);
  if (count > MAX_REGISTRATIONS) {
    const reason = `registrations: the file holds ${count} registrations; the register holds at most ${MAX_REGISTRATIONS}`;
    return { ok: false, code: "REGISTER_FULL", reasons: [reason] };
  }
  const parsed = parseRegister(raw);
  if (!parsed.ok) return { ok: false, code: "REGISTER_IMPORT_INVALID", reasons: parsed.reasons };

  const byMark = new Map(parsed.data.registrations.map((entry) => [entry.mark, entry]));
  let replaced = 0;
  const registrations = current.registrations.map((saved) => {
    const imported = byMark.get(saved.mark);
    byMark.delete(saved.mark);
    if (imported === undefined || !newer(imported, saved)) return saved;
    replaced++;
    return imported;
  });
  const added = [...byMark.values()];
  if (registrations.length + added.length > MAX_REGISTRATIONS) {
    const reason = `(file): its ${added.length} new registrations and the ${registrations.length} saved ones are more than ${MAX_REGISTRATIONS}`;
    return { ok: false, code: "REGISTER_FULL", reasons: [reason] };
  }
  return {
    ok: true,
    register: { ...current, registrations: [...registrations, ...added] },
    added: added.length,
    replaced,
    unchanged: parsed.data.registrations.length - added.length - replaced,
  };
}

/**
 * The register after importing an exported file's text, or why it was refused.
 * @example importRegisterJson(current, await file.text())
 */
export function importRegisterJson(current: Register, text: string): RegisterMerge {
  if (text.length > MAX_REGISTER_JSON_CHARS) {
    return {
      ok: false,
      code: "REGISTER_IMPORT_INVALID",
      reasons: [`(file): larger than ${MAX_REGISTER_JSON_CHARS} characters`],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : "parse error";
    return { ok: false, code: "REGISTER_IMPORT_INVALID", reasons: [`(file): not JSON (${detail})`] };
  }
  return mergeRegister(current, raw);
}
