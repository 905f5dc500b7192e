// SPDX-License-Identifier: MIT
import { timingSafeEqual } from "node:crypto";
import { PIN_KINDS, PIN_MAX_TRIES, type PinKind } from "../../shared/pin";
import { type CardResponse, status, SW } from "./status-word";
import { TEST_PINS } from "../support/test-pins";

interface PinSlot {
  value: Uint8Array;
  triesLeft: number;
  verified: boolean;
}

/** The card's default PINs: the project's one set of test PINs. */
export const DEFAULT_TEST_PINS: Readonly<Record<PinKind, string>> = TEST_PINS;

const wrongPin = (triesLeft: number): CardResponse => status(SW.WRONG_PIN_BASE | triesLeft);

/**
 * PIN values, retry counters and verified flags (docs/ref/jpki-card.md §7.2, §12.5). Counters persist across resets;
 * the verified flags do not. Comparison is byte-exact: "abc123" is not "ABC123".
 */
export class PinRegister {
  readonly #slots = new Map<PinKind, PinSlot>();

  constructor(values: Partial<Record<PinKind, string>> = {}) {
    for (const kind of PIN_KINDS) {
      const value = new TextEncoder().encode(values[kind] ?? DEFAULT_TEST_PINS[kind]);
      this.#slots.set(kind, { value, triesLeft: PIN_MAX_TRIES[kind], verified: false });
    }
  }

  #slot(kind: PinKind): PinSlot {
    const slot = this.#slots.get(kind);
    if (!slot) throw new Error(`unknown PIN kind ${kind}`);
    return slot;
  }

  /** Tries left before the PIN blocks (0 = blocked). */
  triesLeft(kind: PinKind): number {
    return this.#slot(kind).triesLeft;
  }

  /** Test hook: set the counter directly (0 blocks the PIN). */
  setTriesLeft(kind: PinKind, tries: number): void {
    if (!Number.isInteger(tries) || tries < 0 || tries > PIN_MAX_TRIES[kind])
      throw new RangeError(`tries for ${kind}: 0–${PIN_MAX_TRIES[kind]}`);
    const slot = this.#slot(kind);
    slot.triesLeft = tries;
    if (tries === 0) slot.verified = false;
  }

  isVerified(kind: PinKind): boolean {
    return this.#slot(kind).verified;
  }

  /** SELECT DF, reset and power-off forget every verification. */
  clearVerified(): void {
    for (const slot of this.#slots.values()) slot.verified = false;
  }

  /** VERIFY without data: the counter, no try used. */
  query(kind: PinKind): CardResponse {
    return wrongPin(this.#slot(kind).triesLeft);
  }

  /** VERIFY with data. */
  verify(kind: PinKind, candidate: Uint8Array): CardResponse {
    const slot = this.#slot(kind);
    if (slot.triesLeft === 0) return status(SW.PIN_BLOCKED);
    const matches = candidate.length === slot.value.length && timingSafeEqual(candidate, slot.value);
    if (matches) {
      slot.triesLeft = PIN_MAX_TRIES[kind];
      slot.verified = true;
      return status(SW.OK);
    }
    slot.triesLeft -= 1;
    slot.verified = false;
    return wrongPin(slot.triesLeft);
  }

  /** CHANGE REFERENCE DATA: only after this PIN was verified (docs/ref/jpki-card.md §12.6). */
  change(kind: PinKind, newValue: Uint8Array): CardResponse {
    const slot = this.#slot(kind);
    if (slot.triesLeft === 0) return status(SW.PIN_BLOCKED);
    if (!slot.verified) return status(SW.SECURITY_STATUS_NOT_SATISFIED);
    if (newValue.length === 0) return status(SW.WRONG_LENGTH);
    slot.value = newValue.slice();
    return status(SW.OK);
  }
}
