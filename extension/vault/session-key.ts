// SPDX-License-Identifier: MIT
/**
 * The unlocked key, kept in session storage (memory only, readable by extension pages) so that every extension page
 * and the background open the vault without asking for the passphrase again until the browser closes or the lock is
 * closed. Stored with the salt it belongs to: a key from an older salt (the passphrase changed since) opens nothing.
 */
import { z } from "zod";
import { exportKey, importKey, type UnlockedKey } from "./passphrase-lock";
import type { KeyValueArea } from "./storage-area";

const SessionKeySchema = z.object({ raw: z.string(), salt: z.string(), iterations: z.number().int() }).strict();

/** The key kept under `name`, when there is one and it was derived with `salt`. */
export async function readSessionKey(
  session: KeyValueArea,
  name: string,
  salt: string,
): Promise<UnlockedKey | undefined> {
  const parsed = SessionKeySchema.safeParse((await session.get(name))[name]);
  return parsed.success && parsed.data.salt === salt ? importKey(parsed.data) : undefined;
}

/** Keeps `key` under `name` for the rest of the session. */
export async function keepSessionKey(session: KeyValueArea, name: string, key: UnlockedKey): Promise<void> {
  await session.set({ [name]: await exportKey(key) });
}
