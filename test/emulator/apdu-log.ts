// SPDX-License-Identifier: MIT
/**
 * One exchange as the card saw it. Test material only: VERIFY entries hold the test PIN bytes, which is what lets a
 * test check what the host sent (e.g. an upper-cased sign password).
 */
export interface ApduLogEntry {
  /** `Date.now()` when the command arrived. */
  readonly at: number;
  /** Command APDU, upper-case hex without spaces. */
  readonly command: string;
  /** INS byte, for filtering (`0x2a` = COMPUTE DIGITAL SIGNATURE). */
  readonly ins: number;
  /** Status word as 4 upper-case hex digits ("9000"), or "none" when the card did not answer (a fault). */
  readonly sw: string;
  /** Number of response data bytes (without SW). */
  readonly responseLength: number;
}
