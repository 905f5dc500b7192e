// SPDX-License-Identifier: MIT
/**
 * The register of registrations in `storage.local`, beside the profiles and under the same passphrase lock: stored
 * in the clear while the profiles are, sealed with the profiles' key while they are sealed. The whole register is
 * one value replaced in one `set` call. ProfileStore re-seals it whenever the lock changes (setPassphrase,
 * removePassphrase), so both always sit under the same key.
 */
import { z } from "zod";
import { CompanionError } from "../../shared/errors/companion-error";
import { EMPTY_REGISTER, parseRegister, RegisterSchema, type Register } from "../../shared/registrations";
import { SealedDataSchema, seal, unseal, type UnlockedKey } from "../vault/passphrase-lock";
import type { KeyValueArea } from "../vault/storage-area";

/** Key of the register in `storage.local`. */
export const REGISTER_KEY = "registrations";

const StoredRegisterSchema = z.discriminatedUnion("lock", [
  z.object({ lock: z.literal(false), register: z.unknown() }).strict(),
  z.object({ lock: z.literal(true), sealed: SealedDataSchema }).strict(),
]);

/** The lock as the profiles have it: off, or on with the session's key (undefined while locked). */
export type SealingKey = { readonly lock: false } | { readonly lock: true; readonly key: UnlockedKey | undefined };

/** The stored register (empty when none is stored). Throws PROFILE_LOCKED when it is sealed and no key opens it. */
export async function readRegister(local: KeyValueArea, key: UnlockedKey | undefined): Promise<Register> {
  const raw = (await local.get(REGISTER_KEY))[REGISTER_KEY];
  if (raw === undefined) return EMPTY_REGISTER;
  const stored = StoredRegisterSchema.safeParse(raw);
  if (!stored.success) throw new CompanionError("REGISTER_IMPORT_INVALID", undefined, { cause: stored.error });
  if (!stored.data.lock) return parsed(stored.data.register);
  const plain = key && (await unseal(key, stored.data.sealed));
  if (plain === undefined) throw new CompanionError("PROFILE_LOCKED");
  return parsed(JSON.parse(plain));
}

/** Validates and writes the whole register: sealed with `key` when given, else in the clear. */
export async function writeRegister(local: KeyValueArea, register: Register, key: UnlockedKey | undefined) {
  const valid = RegisterSchema.parse(register);
  const stored = key
    ? { lock: true, sealed: await seal(key, JSON.stringify(valid)) }
    : { lock: false, register: valid };
  await local.set({ [REGISTER_KEY]: stored });
}

/** Moves the stored register from one key (or none) to another (or none); nothing stored, nothing written. */
export async function resealRegister(
  local: KeyValueArea,
  from: UnlockedKey | undefined,
  to: UnlockedKey | undefined,
): Promise<void> {
  if ((await local.get(REGISTER_KEY))[REGISTER_KEY] === undefined) return;
  await writeRegister(local, await readRegister(local, from), to);
}

function parsed(raw: unknown): Register {
  const result = parseRegister(raw);
  if (!result.ok) throw new CompanionError("REGISTER_IMPORT_INVALID", undefined, { cause: result.reasons });
  return result.data;
}
