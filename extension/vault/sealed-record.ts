// SPDX-License-Identifier: MIT
/**
 * The one envelope of every vault record, each under its own `storage.local` key and written in one `set` call:
 * `{ lock: false, <field>: value }` in the clear, or `{ lock: true, sealed }` (passphrase-lock.ts). `field` keeps
 * each record's old name (`set`, `register`) so saved data still opens. The record's owner checks the value.
 */
import { z } from "zod";
import type { ErrorCode } from "../../shared/errors/catalogue";
import { CompanionError } from "../../shared/errors/companion-error";
import { seal, SealedDataSchema, unseal, type SealedData, type UnlockedKey } from "./passphrase-lock";
import type { KeyValueArea } from "./storage-area";

/** A stored record with its plain field's name set aside: the value in the clear, or sealed. */
export type Envelope =
  { readonly lock: false; readonly value: unknown } | { readonly lock: true; readonly sealed: SealedData };

/** The lock as a record must follow it: off, or on with this session's key (undefined while locked). */
export type SealingKey = { readonly lock: false } | { readonly lock: true; readonly key: UnlockedKey | undefined };

/** Where a record lives and how it is named. */
export interface SealedRecordSpec {
  /** Key of the record in its storage area. */
  readonly key: string;
  /** Name of the value's field while the record is stored in the clear. */
  readonly field: string;
  /** Code thrown when the stored record has neither shape. */
  readonly invalid: ErrorCode;
}

/** One record in the envelope. */
export class SealedRecord {
  private readonly schema;

  constructor(readonly spec: SealedRecordSpec) {
    const field = spec.field;
    this.schema = z.discriminatedUnion("lock", [
      // Checked under its own name, handed on as `value`.
      z
        .object({ lock: z.literal(false), [field]: z.unknown() })
        .strict()
        .transform((stored) => ({ lock: false as const, value: stored[field] })),
      z.object({ lock: z.literal(true), sealed: SealedDataSchema }).strict(),
    ]);
  }

  /** The stored envelope (undefined when none); throws the `invalid` code on any other shape. */
  async read(area: KeyValueArea): Promise<Envelope | undefined> {
    const raw = (await area.get(this.spec.key))[this.spec.key];
    if (raw === undefined) return undefined;
    const parsed = this.schema.safeParse(raw);
    if (!parsed.success) throw new CompanionError(this.spec.invalid, undefined, { cause: parsed.error });
    return parsed.data;
  }

  /** The value; throws PROFILE_LOCKED when sealed and `key` does not open it. */
  async open(envelope: Envelope, key: UnlockedKey | undefined): Promise<unknown> {
    if (!envelope.lock) return envelope.value;
    const plain = key && (await unseal(key, envelope.sealed));
    if (!plain) throw new CompanionError("PROFILE_LOCKED");
    return JSON.parse(plain);
  }

  /** Replaces the record: sealed with `key` (a fresh IV) when given, else in the clear. */
  async write(area: KeyValueArea, value: unknown, key: UnlockedKey | undefined): Promise<void> {
    const stored = key
      ? { lock: true, sealed: await seal(key, JSON.stringify(value)) }
      : { lock: false, [this.spec.field]: value };
    await area.set({ [this.spec.key]: stored });
  }
}
