// SPDX-License-Identifier: MIT
/**
 * The register as the extension uses it: read, changed and written whole, under the profiles' lock. Captures that
 * arrive while the profiles are locked wait in session storage (memory only, gone when the browser closes) and join
 * the register the next time it is opened unlocked, so a registration completed while locked is not lost.
 * Every change, with the lock state it is sealed under, runs in the one writer's line (vault/storage-writer.ts).
 */
import { z } from "zod";
import { CompanionError } from "../../shared/errors/companion-error";
import { MAX_REGISTRATIONS, RegistrationSchema, type Register, type Registration } from "./model/registrations";
import { ProfileStore } from "../profiles/profile-store";
import { localArea, sessionArea, type KeyValueArea } from "../vault/storage-area";
import { exclusiveWrite } from "../vault/storage-writer";
import { plausibleExpiry, vetCapture } from "./capture-integrity";
import { readRegister, writeRegister } from "./register-storage";

/** Key of captures waiting for the unlock, in `storage.session`. */
export const PENDING_CAPTURES_KEY = "registrationsPending";

const PendingSchema = z.array(RegistrationSchema).max(MAX_REGISTRATIONS);

/** What record() did with a page's entries: saved or left waiting for the unlock, and how many it kept. */
export interface RecordOutcome {
  readonly outcome: "saved" | "pending";
  readonly kept: number;
}

export class RegisterStore {
  constructor(
    private readonly local: KeyValueArea = localArea(),
    private readonly session: KeyValueArea = sessionArea(),
    private readonly profiles = new ProfileStore(local, session),
  ) {}

  /** The register, with any waiting captures merged in. Throws PROFILE_LOCKED while the profiles are locked. */
  load(): Promise<Register> {
    return exclusiveWrite(() => this.loadNow());
  }

  /** Replaces the whole register (REGISTER_FULL beyond the limit). */
  save(register: Register): Promise<void> {
    return exclusiveWrite(() => this.saveNow(register));
  }

  /** Applies `change` to the saved register and saves the result. */
  update(change: (register: Register) => Register): Promise<Register> {
    return exclusiveWrite(() => this.updateNow(change));
  }

  /**
   * Adds or updates a page's entries by mark (see upsertRegistrations), keeping only what such a page could show
   * (capture-integrity.ts; `today` is today in Japan). While locked they wait for the unlock instead. Resolves
   * `saved` or `pending` with the number of entries kept; throws REGISTER_CAPTURE_TOO_MANY for a flood of new marks.
   */
  record(entries: readonly Registration[], today: string): Promise<RecordOutcome> {
    return exclusiveWrite(() => this.recordNow(entries, today));
  }

  private async loadNow(): Promise<Register> {
    const key = await this.key();
    const register = await readRegister(this.local, key);
    const pending = await this.pending();
    if (pending.length === 0) return register;
    // Checked against the saved expiries only now, which were sealed when the captures arrived.
    const saved = new Map(register.registrations.map((entry) => [entry.mark, entry]));
    const merged = upsertRegistrations(
      register,
      pending.filter((entry) => plausibleExpiry(entry, saved.get(entry.mark))),
    );
    await writeRegister(this.local, merged, key);
    await this.session.remove(PENDING_CAPTURES_KEY);
    return merged;
  }

  private async saveNow(register: Register): Promise<void> {
    if (register.registrations.length > MAX_REGISTRATIONS) throw new CompanionError("REGISTER_FULL");
    await writeRegister(this.local, register, await this.key());
  }

  private async updateNow(change: (register: Register) => Register): Promise<Register> {
    const next = change(await this.loadNow());
    await this.saveNow(next);
    return next;
  }

  private async recordNow(entries: readonly Registration[], today: string): Promise<RecordOutcome> {
    try {
      let kept: Registration[] = [];
      await this.updateNow((register) => {
        kept = vetCapture(entries, register.registrations, today);
        return upsertRegistrations(register, kept);
      });
      return { outcome: "saved", kept: kept.length };
    } catch (error) {
      if (!(error instanceof CompanionError) || error.code !== "PROFILE_LOCKED") throw error;
      const kept = vetCapture(entries, undefined, today);
      const waiting = [...(await this.pending()).filter((p) => !kept.some((e) => e.mark === p.mark)), ...kept];
      await this.session.set({ [PENDING_CAPTURES_KEY]: waiting.slice(-MAX_REGISTRATIONS) });
      return { outcome: "pending", kept: kept.length };
    }
  }

  private async key() {
    const sealing = await this.profiles.sealingKey();
    if (!sealing.lock) return undefined;
    if (sealing.key === undefined) throw new CompanionError("PROFILE_LOCKED");
    return sealing.key;
  }

  private async pending(): Promise<Registration[]> {
    const parsed = PendingSchema.safeParse((await this.session.get(PENDING_CAPTURES_KEY))[PENDING_CAPTURES_KEY]);
    return parsed.success ? parsed.data : [];
  }
}

/**
 * The register with `entries` added or, for a mark already there, updated: the new capture's texts win, but what
 * it did not know is kept (owner, UA profile, application id, capture time, deregistration), and a date the page
 * showed is never replaced by a computed one. REGISTER_FULL when new marks would pass the limit.
 */
export function upsertRegistrations(register: Register, entries: readonly Registration[]): Register {
  const registrations = [...register.registrations];
  for (const entry of entries) {
    const index = registrations.findIndex((saved) => saved.mark === entry.mark);
    const saved = registrations[index];
    if (saved === undefined) registrations.push(entry);
    else registrations[index] = mergeCapture(saved, entry);
  }
  if (registrations.length > MAX_REGISTRATIONS) throw new CompanionError("REGISTER_FULL");
  return { ...register, registrations };
}

function mergeCapture(saved: Registration, captured: Registration): Registration {
  const keepDates = saved.expirySource === "page" && captured.expirySource === "computed";
  return {
    ...captured,
    ownerProfileId: captured.ownerProfileId ?? saved.ownerProfileId,
    uaProfileId: captured.uaProfileId ?? saved.uaProfileId,
    applicationId: captured.applicationId ?? saved.applicationId,
    registrationDate: keepDates ? saved.registrationDate : captured.registrationDate,
    expiryDate: keepDates ? saved.expiryDate : captured.expiryDate,
    expirySource: keepDates ? saved.expirySource : captured.expirySource,
    deregistered: saved.deregistered,
    capturedAt: saved.capturedAt,
  };
}
