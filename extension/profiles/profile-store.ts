// SPDX-License-Identifier: MIT
/**
 * Profiles in `storage.local`: the whole set under one key, replaced in one `set` call, so a reader sees either
 * the old set or the new one and never a mix. With the lock on, the stored value is sealed (passphrase-lock.ts)
 * and the unlocked key lives in session storage only. Every change runs in the one writer's line (storage-writer.ts),
 * the lock state it depends on read inside it.
 */
import { z } from "zod";
import { CompanionError } from "../../shared/errors/companion-error";
import { EMPTY_PROFILE_SET, ProfileSetSchema, type ProfileSet } from "../../shared/profiles";
import { parseProfileSet } from "../../shared/profiles-migrations";
import { deriveKey, exportKey, importKey, seal, SealedDataSchema, unseal, type UnlockedKey } from "../vault/passphrase-lock";
import { resealRegister, type SealingKey } from "../registrations/register-storage";
import { localArea, sessionArea, type KeyValueArea } from "../vault/storage-area";
import { exclusiveWrite } from "../vault/storage-writer";

/** Key of the profile set in `storage.local`. */
export const PROFILES_KEY = "profiles";
/** Key of the unlocked AES key in `storage.session`. */
export const PROFILES_KEY_SESSION = "profilesKey";

const StoredSchema = z.discriminatedUnion("lock", [
  z.object({ lock: z.literal(false), set: z.unknown() }).strict(),
  z.object({ lock: z.literal(true), sealed: SealedDataSchema }).strict(),
]);
type Stored = z.infer<typeof StoredSchema>;

const SessionKeySchema = z.object({ raw: z.string(), salt: z.string(), iterations: z.number().int() }).strict();

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
    if (!stored.lock) return this.parse(stored.set);
    const key = await this.sessionKey(stored.sealed.salt);
    const plain = key && (await unseal(key, stored.sealed));
    if (!plain) throw new CompanionError("PROFILE_LOCKED");
    return this.parse(JSON.parse(plain));
  }

  /** Validates and replaces the whole set in one write; sealed again with a fresh IV when the lock is on. */
  save(set: ProfileSet): Promise<void> {
    return exclusiveWrite(() => this.saveNow(set));
  }

  private async saveNow(set: ProfileSet): Promise<void> {
    const valid = ProfileSetSchema.parse(set);
    const stored = await this.readStored();
    if (!stored.lock) return this.write({ lock: false, set: valid });
    const key = await this.sessionKey(stored.sealed.salt);
    if (!key) throw new CompanionError("PROFILE_LOCKED");
    await this.write({ lock: true, sealed: await seal(key, JSON.stringify(valid)) });
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
    await this.write({ lock: true, sealed: await seal(key, JSON.stringify(set)) });
    await this.session.set({ [PROFILES_KEY_SESSION]: await exportKey(key) });
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
    const key = await deriveKey(passphrase, stored.sealed.salt, stored.sealed.iterations);
    if ((await unseal(key, stored.sealed)) === undefined) throw new CompanionError("PASSPHRASE_WRONG");
    await this.session.set({ [PROFILES_KEY_SESSION]: await exportKey(key) });
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
    await this.write({ lock: false, set });
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

  private async readStored(): Promise<Stored> {
    const value = (await this.local.get(PROFILES_KEY))[PROFILES_KEY];
    if (value === undefined) return { lock: false, set: EMPTY_PROFILE_SET };
    const parsed = StoredSchema.safeParse(value);
    if (!parsed.success) throw new CompanionError("PROFILE_INVALID", undefined, { cause: parsed.error });
    return parsed.data;
  }

  private write(stored: Stored): Promise<void> {
    return this.local.set({ [PROFILES_KEY]: stored });
  }

  private async sessionKey(salt: string): Promise<UnlockedKey | undefined> {
    const parsed = SessionKeySchema.safeParse((await this.session.get(PROFILES_KEY_SESSION))[PROFILES_KEY_SESSION]);
    return parsed.success && parsed.data.salt === salt ? importKey(parsed.data) : undefined;
  }
}
