// SPDX-License-Identifier: MIT
import { CompanionError } from "../../../shared/errors/companion-error";
import { PIN_MAX_TRIES, isWellFormedPin, normalizePin, type PinKind } from "../../../shared/pin";
import type { PinStatus } from "../../../shared/protocol/native";
import { selectFile, SW_OK, verify } from "../apdu";
import { unexpected, type ApduChannel } from "../apdu-channel";

/** Refuses a PIN of the wrong format before anything reaches the card (a malformed PIN must never cost a try). */
export function assertWellFormedPin(kind: PinKind, pin: string): void {
  if (!isWellFormedPin(kind, pin)) throw new CompanionError("PIN_MALFORMED");
}

/** `63 C0`, `69 83` and `69 84` all mean blocked (docs/ref/jpki-card.md §7.2). */
const BLOCKED_SWS = new Set([0x63c0, 0x6983, 0x6984]);

/** Tries left on the PIN in EF `pinFile`, by an empty VERIFY (spends no try). */
export async function readPinStatus(channel: ApduChannel, pinFile: number, kind: PinKind): Promise<PinStatus> {
  await channel.expectOk(selectFile(pinFile), "SELECT PIN EF");
  const { sw } = await channel.send(verify());
  const maxTries = PIN_MAX_TRIES[kind];
  // `90 00`: verified already in this card session (some cards say so); the counter is then full.
  if (sw === SW_OK) return { triesLeft: maxTries, maxTries, blocked: false };
  if (BLOCKED_SWS.has(sw)) return { triesLeft: 0, maxTries, blocked: true };
  if (sw >> 4 === 0x63c) return { triesLeft: sw & 0x0f, maxTries, blocked: false };
  throw unexpected(sw, "VERIFY (status)");
}

/**
 * Verifies a PIN so that a user never loses a try by accident: format first, then the tries left; a blocked PIN is
 * never tried, the last try only with the user's explicit confirmation, and a wrong PIN is never retried.
 */
export async function verifyPin(
  channel: ApduChannel,
  pinFile: number,
  kind: PinKind,
  pin: string,
  confirmLastTry: boolean,
): Promise<void> {
  assertWellFormedPin(kind, pin);
  const status = await readPinStatus(channel, pinFile, kind);
  if (status.blocked) throw new CompanionError("PIN_BLOCKED", 0);
  if (status.triesLeft === 1 && !confirmLastTry) throw new CompanionError("PIN_LAST_TRY_UNCONFIRMED", 1);
  const { sw } = await channel.send(verify(Buffer.from(normalizePin(kind, pin), "ascii")));
  if (sw === SW_OK) return;
  if (BLOCKED_SWS.has(sw)) throw new CompanionError("PIN_BLOCKED", 0);
  if (sw >> 4 === 0x63c) throw new CompanionError("PIN_WRONG", sw & 0x0f);
  throw unexpected(sw, "VERIFY");
}
