// SPDX-License-Identifier: MIT
/**
 * Profiles in `storage.local`: the whole set under one key in the vault's envelope (vault/sealed-record.ts), sealed
 * while the passphrase lock is on, the unlocked key in session storage only. Every change runs in the one writer's
 * line (vault/storage-writer.ts), the lock state it depends on read inside it.
 */
import { CompanionError } from "../../shared/errors/companion-error";
import { EMPTY_PROFILE_SET, ProfileSetSchema, type ProfileSet } from "./model/profiles";
import { parseProfileSet } from "./model/profiles-migrations";
import { resealRegister } from "../registrations/register-storage";
import { deriveKey, keepSessionKey, keyOpening, readSessionKey, type UnlockedKey } from "../vault/passphrase-lock";
import { SealedRecord, type Envelope, type SealingKey } from "../vault/sealed-record";
import { localArea, sessionArea, type KeyValueArea } from "../vault/storage-area";
import { exclusiveWrite } from "../vault/storage-writer";

/** Key of the profile set in `storage.local`. */
export const PROFILES_KEY = "profiles";
/** Key of the unlocked AES key in `storage.session`. */
export const PROFILES_KEY_SESSION = "profilesKey";

/** `set` names the set while it is stored in the clear. */
const PROFILES = new SealedRecord({ key: PROFILES_KEY, field: "set", invalid: "PROFILE_INVALID" });

/** plain: no lock; locked: lock on and no key this session; unlocked: lock on and the key is in session storage. */
export type LockState = "plain" | "locked" | "unlocked";

export class ProfileStore {
  constructor(
    private readonly local: KeyValueArea = localArea(),
    private readonly session: KeyValueArea = sessionArea(),
  ) {}

  async lockState(): Promise<LockState> {
    const stored = await this.readStored();
    if (!stored.lock) return "plain";
    return (await this.sessionKey(stored.sealed.salt)) ? "unlocked" : "locked";
  }

  /** The saved set (empty when nothing is saved). Throws PROFILE_LOCKED while locked. */
  async load(): Promise<ProfileSet> {
    const stored = await this.readStored();
    const key = stored.lock ? await this.sessionKey(stored.sealed.salt) : undefined;
    return this.parse(await PROFILES.open(stored, key));
  }

  /** Validates and replaces the whole set in one write; sealed again with a fresh IV when the lock is on. */
  save(set: ProfileSet): Promise<void> {
    return exclusiveWrite(() => this.saveNow(set));
  }

  private async saveNow(set: ProfileSet): Promise<void> {
    const valid = ProfileSetSchema.parse(set);
    const stored = await this.readStored();
    if (!stored.lock) return PROFILES.write(this.local, valid, undefined);
    const key = await this.sessionKey(stored.sealed.salt);
    if (!key) throw new CompanionError("PROFILE_LOCKED");
    await PROFILES.write(this.local, valid, key);
  }

  /**
   * Turns the lock on (or changes the passphrase): the set, and the register of registrations kept with it, are
   * re-sealed under a key from a new salt.
   */
  setPassphrase(passphrase: string): Promise<void> {
    return exclusiveWrite(() => this.setPassphraseNow(passphrase));
  }

  private async setPassphraseNow(passphrase: string): Promise<void> {
    const set = await this.load();
    const previous = await this.openKey();
    const key = await deriveKey(passphrase);
    await resealRegister(this.local, previous, key);
    await PROFILES.write(this.local, set, key);
    await keepSessionKey(this.session, PROFILES_KEY_SESSION, key);
  }

  /** The lock as the register must follow it: off, or on with this session's key (undefined while locked). */
  async sealingKey(): Promise<SealingKey> {
    const stored = await this.readStored();
    return stored.lock ? { lock: true, key: await this.sessionKey(stored.sealed.salt) } : { lock: false };
  }

  /** Throws PASSPHRASE_WRONG when the passphrase does not open the stored set. */
  unlock(passphrase: string): Promise<void> {
    return exclusiveWrite(() => this.unlockNow(passphrase));
  }

  private async unlockNow(passphrase: string): Promise<void> {
    const stored = await this.readStored();
    if (!stored.lock) return;
    const key = await keyOpening(passphrase, stored.sealed);
    if (!key) throw new CompanionError("PASSPHRASE_WRONG");
    await keepSessionKey(this.session, PROFILES_KEY_SESSION, key);
  }

  /** Forgets the key for this session; the stored set stays sealed. */
  lock(): Promise<void> {
    return exclusiveWrite(() => this.session.remove(PROFILES_KEY_SESSION));
  }

  /** Turns the lock off (must be unlocked): the set is stored in the clear again. */
  removePassphrase(): Promise<void> {
    return exclusiveWrite(() => this.removePassphraseNow());
  }

  private async removePassphraseNow(): Promise<void> {
    const set = await this.load();
    await resealRegister(this.local, await this.openKey(), undefined);
    await PROFILES.write(this.local, set, undefined);
    await this.session.remove(PROFILES_KEY_SESSION);
  }

  /** This session's key when the lock is on and open; undefined when off. */
  private async openKey(): Promise<UnlockedKey | undefined> {
    const sealing = await this.sealingKey();
    return sealing.lock ? sealing.key : undefined;
  }

  private parse(raw: unknown): ProfileSet {
    const parsed = parseProfileSet(raw);
    if (!parsed.ok) throw new CompanionError("PROFILE_INVALID", undefined, { cause: parsed.reasons });
    return parsed.data;
  }

  /** The stored envelope; nothing stored reads as the empty set in the clear. */
  private async readStored(): Promise<Envelope> {
    return (await PROFILES.read(this.local)) ?? { lock: false, value: EMPTY_PROFILE_SET };
  }

  private sessionKey(salt: string): Promise<UnlockedKey | undefined> {
    return readSessionKey(this.session, PROFILES_KEY_SESSION, salt);
  }
}
