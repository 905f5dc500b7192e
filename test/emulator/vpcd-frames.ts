// SPDX-License-Identifier: MIT
/**
 * The vpcd wire protocol (docs/ref/pcsc-testing.md): every message in both directions is a 2-byte big-endian length and
 * the payload. A 1-byte payload from the driver is a control code; anything longer is a command APDU.
 */
export const VPCD_CONTROL = { powerOff: 0x00, powerOn: 0x01, reset: 0x02, getAtr: 0x04 } as const;

/** The most a frame can carry (the length field is 16 bits). */
export const VPCD_MAX_PAYLOAD = 0xffff;

/** One frame ready to write in a single `write()` (header and payload together, so no Nagle split on our side). */
export function encodeVpcdFrame(payload: Uint8Array): Buffer {
  if (payload.length > VPCD_MAX_PAYLOAD) throw new RangeError(`vpcd payload of ${payload.length} bytes`);
  const frame = Buffer.alloc(2 + payload.length);
  frame.writeUInt16BE(payload.length, 0);
  frame.set(payload, 2);
  return frame;
}

/** Collects stream chunks and yields complete payloads. */
export class VpcdFrameDecoder {
  #buffer: Buffer = Buffer.alloc(0);

  /** Adds received bytes; returns the payloads completed by them, in order. */
  push(chunk: Buffer): Uint8Array[] {
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    const payloads: Uint8Array[] = [];
    while (this.#buffer.length >= 2) {
      const length = this.#buffer.readUInt16BE(0);
      if (this.#buffer.length < 2 + length) break;
      payloads.push(new Uint8Array(this.#buffer.subarray(2, 2 + length)));
      this.#buffer = this.#buffer.subarray(2 + length);
    }
    return payloads;
  }
}
