// SPDX-License-Identifier: MIT
import type { ErrorCode } from "../../shared/errors/catalogue";
import type { ParsedCertificate } from "../pki/certificate";
import type { JpkiCertificate } from "./jpki/jpki-ap";

/**
 * What the host has read from one card during one insertion and may reuse: certificates (parsed), chain checks
 * already passed, and the manufacture number. Never a PIN or a "verified" state: every operation verifies its PIN
 * again, because the host resets the card after each operation (docs/ref/pcsc-testing.md, "never assume a PIN is still
 * verified").
 */
export class CardFacts {
  manufactureNumber: string | undefined;
  readonly certificates = new Map<JpkiCertificate, ParsedCertificate>();
  /** Certificates whose signature by the card's own CA certificate was verified. */
  readonly chainsVerified = new Set<JpkiCertificate>();

  /** Whether anything was remembered (a session that starts from a non-empty cache can be stale). */
  get isEmpty(): boolean {
    return this.manufactureNumber === undefined && this.certificates.size === 0;
  }
}

/** Failures after which the card in the reader may have changed: what was cached for it is dropped. */
const CARD_STATE_LOST: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  "CARD_REMOVED",
  "CARD_ERROR",
  "CARD_TIMEOUT",
  "NO_CARD",
  "NOT_JPKI_CARD",
  "PCSC_UNAVAILABLE",
]);

/** Whether a failure with this code drops the reader's cached facts. */
export const dropsCardFacts = (code: ErrorCode): boolean => CARD_STATE_LOST.has(code);

/**
 * Facts per reader, valid for one insertion. The insertion is identified by the transport (PC/SC context, reader
 * event counter and ATR): removal, reinsertion or a pcscd restart all give a new identity and so an empty cache.
 * Also remembers, per reader, that it refused an extended-length APDU, so the refusal costs one APDU only once.
 */
export class CardFactsCache {
  readonly #entries = new Map<string, { insertion: string; facts: CardFacts }>();
  readonly #shortOnlyReaders = new Set<string>();

  /** The facts of the card inserted in `reader` as `insertion`; an unknown insertion gets fresh, unshared facts. */
  factsFor(reader: string, insertion: string | undefined): CardFacts {
    if (insertion === undefined) return new CardFacts();
    const entry = this.#entries.get(reader);
    if (entry?.insertion === insertion) return entry.facts;
    const facts = new CardFacts();
    this.#entries.set(reader, { insertion, facts });
    return facts;
  }

  /** Keeps `facts` as those of insertion `insertion` in `reader` (nothing happens when it is undefined). */
  remember(reader: string, insertion: string | undefined, facts: CardFacts): void {
    if (insertion !== undefined) this.#entries.set(reader, { insertion, facts });
  }

  /** Drops what is known about the card in `reader`. */
  forget(reader: string): void {
    this.#entries.delete(reader);
  }

  /** Whether `reader` refused an extended-length APDU before. */
  isShortOnly(reader: string): boolean {
    return this.#shortOnlyReaders.has(reader);
  }

  markShortOnly(reader: string): void {
    this.#shortOnlyReaders.add(reader);
  }
}
