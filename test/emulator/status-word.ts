// SPDX-License-Identifier: MIT
/** Status words the emulated card answers with (ISO 7816-4 / JICSAP meanings, docs/ref/jpki-card.md §4, §7.2, §12). */
export const SW = {
  OK: 0x9000,
  /** Low nibble = tries left; `63 C0` on the try that blocks the PIN. */
  WRONG_PIN_BASE: 0x63c0,
  WRONG_LENGTH: 0x6700,
  LOGICAL_CHANNEL_NOT_SUPPORTED: 0x6881,
  SECURE_MESSAGING_NOT_SUPPORTED: 0x6882,
  SECURITY_STATUS_NOT_SATISFIED: 0x6982,
  PIN_BLOCKED: 0x6984,
  NO_CURRENT_EF: 0x6986,
  FILE_NOT_FOUND: 0x6a82,
  RECORD_NOT_FOUND: 0x6a83,
  INCORRECT_P1_P2: 0x6a86,
  OFFSET_OUT_OF_RANGE: 0x6b00,
  INS_NOT_SUPPORTED: 0x6d00,
  CLA_NOT_SUPPORTED: 0x6e00,
} as const;

/** A response APDU before it is serialised: optional data, then SW1 SW2. */
export interface CardResponse {
  readonly data?: Uint8Array;
  readonly sw: number;
}

/** A response that is only a status word. */
export const status = (sw: number): CardResponse => ({ sw });

/** The response bytes: data ‖ SW1 ‖ SW2. */
export function serializeResponse(response: CardResponse): Uint8Array {
  const data = response.data ?? new Uint8Array(0);
  const bytes = new Uint8Array(data.length + 2);
  bytes.set(data);
  bytes[data.length] = response.sw >> 8;
  bytes[data.length + 1] = response.sw & 0xff;
  return bytes;
}
