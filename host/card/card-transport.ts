// SPDX-License-Identifier: MIT
/**
 * The seam between the JPKI driver and the hardware: PC/SC in production, an APDU-script mock in unit tests.
 * One transport is one exclusive connection to one card, for one operation.
 */
export interface CardTransport {
  /** Sends a command APDU; resolves with the response data followed by SW1 SW2 (always at least 2 bytes). */
  transmit(apdu: Buffer): Promise<Buffer>;
  /** Ends the connection and resets the card, so that no verified PIN outlives the operation. */
  disconnect(): Promise<void>;
}
