// SPDX-License-Identifier: MIT
import type { ErrorCode } from "../../../shared/errors/catalogue";
import { CompanionError } from "../../../shared/errors/companion-error";
import { PcscLibraryError } from "./pcsc-binding";
import { PcscCallError } from "./winscard";

/** PC/SC return codes (pcsclite.h / winscard.h) that the host tells apart. */
const PCSC_CODES: Record<number, ErrorCode> = {
  0x8010001d: "PCSC_UNAVAILABLE", // SCARD_E_NO_SERVICE
  0x8010001e: "PCSC_UNAVAILABLE", // SCARD_E_SERVICE_STOPPED
  0x80100013: "PCSC_UNAVAILABLE", // SCARD_F_COMM_ERROR: pcscd went away mid-call
  0x80100003: "PCSC_UNAVAILABLE", // SCARD_E_INVALID_HANDLE: a context from before a pcscd restart
  0x8010002e: "READER_NOT_FOUND", // SCARD_E_NO_READERS_AVAILABLE
  0x80100009: "READER_NOT_FOUND", // SCARD_E_UNKNOWN_READER
  0x80100017: "READER_NOT_FOUND", // SCARD_E_READER_UNAVAILABLE
  0x8010000c: "NO_CARD", // SCARD_E_NO_SMARTCARD
  0x80100066: "NO_CARD", // SCARD_W_UNRESPONSIVE_CARD: nothing answers a power-up
  0x80100069: "CARD_REMOVED", // SCARD_W_REMOVED_CARD
  0x80100068: "CARD_REMOVED", // SCARD_W_RESET_CARD: another application reset it; its state is gone
  0x80100016: "CARD_REMOVED", // SCARD_E_NOT_TRANSACTED: after a card drops mid-APDU (docs/ref/pcsc-testing.md)
  0x8010000b: "CARD_BUSY", // SCARD_E_SHARING_VIOLATION
  0x8010000a: "CARD_TIMEOUT", // SCARD_E_TIMEOUT
};

/** Codes after which the PC/SC context itself is useless and must be established again. */
const CONTEXT_LOST = new Set([0x8010001d, 0x8010001e, 0x80100013, 0x80100003]);

/** The SCARD_* code of a failed winscard call, if the error is one. */
export function pcscCodeOf(error: unknown): number | undefined {
  return error instanceof PcscCallError ? error.code : undefined;
}

/** A PC/SC failure as a catalogue error (unknown codes become CARD_ERROR), keeping the original as the cause. */
export function pcscError(error: unknown): CompanionError {
  if (error instanceof CompanionError) return error;
  if (error instanceof PcscLibraryError) return new CompanionError("PCSC_UNAVAILABLE", undefined, { cause: error });
  const code = pcscCodeOf(error);
  return new CompanionError((code === undefined ? undefined : PCSC_CODES[code]) ?? "CARD_ERROR", undefined, {
    cause: error,
  });
}

/** Whether the failure means pcscd restarted or stopped (re-establish the context before trying again). */
export function isContextLost(error: unknown): boolean {
  const code = pcscCodeOf(error instanceof CompanionError ? error.cause : error);
  return code !== undefined && CONTEXT_LOST.has(code);
}
