// SPDX-License-Identifier: MIT
/**
 * The register of registrations in `storage.local`, in the vault's envelope beside the profiles: in the clear while
 * they are, sealed with their key while they are sealed. ProfileStore re-seals it whenever the lock changes
 * (setPassphrase, removePassphrase), so both always sit under the same key.
 */
import { CompanionError } from "../../shared/errors/companion-error";
import { EMPTY_REGISTER, parseRegister, RegisterSchema, type Register } from "./model/registrations";
import type { UnlockedKey } from "../vault/passphrase-lock";
import { SealedRecord } from "../vault/sealed-record";
import type { KeyValueArea } from "../vault/storage-area";

/** Key of the register in `storage.local`. */
export const REGISTER_KEY = "registrations";

/** `register` names the register while it is stored in the clear. */
const REGISTER = new SealedRecord({ key: REGISTER_KEY, field: "register", invalid: "REGISTER_IMPORT_INVALID" });

/** The stored register (empty when none is stored). Throws PROFILE_LOCKED when it is sealed and no key opens it. */
export async function readRegister(local: KeyValueArea, key: UnlockedKey | undefined): Promise<Register> {
  const stored = await REGISTER.read(local);
  if (stored === undefined) return EMPTY_REGISTER;
  return parsed(await REGISTER.open(stored, key));
}

/** Validates and writes the whole register: sealed with `key` when given, else in the clear. */
export async function writeRegister(local: KeyValueArea, register: Register, key: UnlockedKey | undefined) {
  await REGISTER.write(local, RegisterSchema.parse(register), key);
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
