// SPDX-License-Identifier: MIT
/**
 * SCARD_* values the host passes or reads. They are the same in pcsc-lite's pcsclite.h, Apple's PCSC.framework and
 * Windows' winscard.h / winsmcrd.h (SCARD_PROTOCOL_RAW, which differs, is not used).
 */
export const SCARD = Object.freeze({
  S_SUCCESS: 0,
  SCOPE_SYSTEM: 2,
  SHARE_EXCLUSIVE: 1,
  SHARE_SHARED: 2,
  PROTOCOL_T0: 1,
  PROTOCOL_T1: 2,
  LEAVE_CARD: 0,
  RESET_CARD: 1,
  STATE_UNAWARE: 0,
  STATE_IGNORE: 0x1,
  STATE_CHANGED: 0x2,
  STATE_UNKNOWN: 0x4,
  STATE_UNAVAILABLE: 0x8,
  STATE_EMPTY: 0x10,
  STATE_PRESENT: 0x20,
  STATE_EXCLUSIVE: 0x80,
  STATE_INUSE: 0x100,
  STATE_MUTE: 0x200,
  /** INFINITE timeout for SCardGetStatusChange. */
  INFINITE: 0xffffffff,
  E_CANCELLED: 0x80100002,
  E_TIMEOUT: 0x8010000a,
  E_NO_READERS_AVAILABLE: 0x8010002e,
});

/**
 * The pseudo reader whose state changes when a reader is added or removed (pcsc-lite and Windows): watching it in
 * SCardGetStatusChange replaces polling SCardListReaders.
 */
export const PNP_NOTIFICATION = "\\\\?PnP?\\Notification";

/**
 * A LONG return code as the unsigned 32-bit value the headers write (0x8010…): 32-bit LONG ABIs hand these back
 * negative, pcsc-lite's 64-bit `long` positive.
 */
export function returnCode(value: number | bigint): number {
  return Number(BigInt.asUintN(32, BigInt(value)));
}
