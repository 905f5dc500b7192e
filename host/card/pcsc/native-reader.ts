// SPDX-License-Identifier: MIT
/**
 * The part of pcsclite's CardReader the host uses (node_modules/pcsclite/index.d.ts). Declared here so that the
 * rest of the host is typed against a small surface, and so the native addon stays an implementation detail.
 */
export interface NativeReader {
  readonly name: string;
  /** Last SCARD_STATE_* bit set reported by the reader's status thread (undefined until the first report). */
  readonly state?: number;
  readonly connected: boolean;
  readonly SCARD_SHARE_EXCLUSIVE: number;
  readonly SCARD_PROTOCOL_T0: number;
  readonly SCARD_PROTOCOL_T1: number;
  readonly SCARD_RESET_CARD: number;
  readonly SCARD_LEAVE_CARD: number;
  readonly SCARD_STATE_PRESENT: number;
  connect(
    options: { share_mode?: number; protocol?: number },
    callback: (error: unknown, protocol: number) => void,
  ): void;
  disconnect(disposition: number, callback: (error: unknown) => void): void;
  transmit(
    data: Buffer,
    responseLength: number,
    protocol: number,
    callback: (error: unknown, response: Buffer) => void,
  ): void;
}

/** Receive buffer for one response: 65536 data bytes + SW1 SW2, so extended-length responses fit (pcsc-testing.md). */
export const MAX_RESPONSE_BYTES = 65538;
