// SPDX-License-Identifier: MIT
/**
 * PIN kinds of the My Number Card and their formats (docs/ref/jpki-card.md §7.1). Checked in the PIN window before
 * sending and again in the host before anything reaches the card, so a malformed PIN never costs a try.
 */
export type PinKind = "auth" | "sign" | "card-info";

export const PIN_KINDS = ["auth", "sign", "card-info"] as const satisfies readonly PinKind[];

/** Tries the card allows before it blocks the PIN. */
export const PIN_MAX_TRIES: Readonly<Record<PinKind, number>> = { auth: 3, sign: 5, "card-info": 3 };

const FOUR_DIGITS = /^[0-9]{4}$/;
/** 6–16 of A–Z and 0–9 with at least one letter and one digit (J-LIS rule). */
const SIGN_PASSWORD = /^(?=.*[A-Z])(?=.*[0-9])[A-Z0-9]{6,16}$/;

/** The PIN as the card expects it: the sign password upper-cased (J-LIS converts lower case), others as typed. */
export function normalizePin(kind: PinKind, pin: string): string {
  return kind === "sign" ? pin.toUpperCase() : pin;
}

/**
 * Whether a PIN has the format the card accepts.
 * @example isWellFormedPin("sign", "abc123") // true (upper-cased before the check)
 */
export function isWellFormedPin(kind: PinKind, pin: string): boolean {
  const normalized = normalizePin(kind, pin);
  return kind === "sign" ? SIGN_PASSWORD.test(normalized) : FOUR_DIGITS.test(normalized);
}
