// SPDX-License-Identifier: MIT
import { MAX_REQUEST_BYTES } from "../../shared/protocol/native";

/** What the decoder found in the bytes pushed so far. */
export type DecodedFrame = { kind: "frame"; payload: Buffer } | { kind: "too-large"; declaredBytes: number };

const HEADER_BYTES = 4;

/**
 * Splits the native-messaging byte stream (4-byte little-endian length, then that many bytes) into frames.
 * A header announcing more than MAX_REQUEST_BYTES ends decoding: the bytes that follow cannot be trusted to line up
 * with frame boundaries, so the caller must stop reading.
 */
export class FrameDecoder {
  private pending: Buffer = Buffer.alloc(0);
  private stopped = false;

  constructor(private readonly maxBytes = MAX_REQUEST_BYTES) {}

  /** Adds bytes; returns every frame now complete, in order. After a "too-large" result nothing more is returned. */
  push(chunk: Buffer): DecodedFrame[] {
    if (this.stopped) return [];
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const frames: DecodedFrame[] = [];
    while (this.pending.length >= HEADER_BYTES) {
      const declaredBytes = this.pending.readUInt32LE(0);
      if (declaredBytes > this.maxBytes) {
        this.stopped = true;
        this.pending = Buffer.alloc(0);
        frames.push({ kind: "too-large", declaredBytes });
        break;
      }
      if (this.pending.length < HEADER_BYTES + declaredBytes) break;
      frames.push({ kind: "frame", payload: this.pending.subarray(HEADER_BYTES, HEADER_BYTES + declaredBytes) });
      this.pending = this.pending.subarray(HEADER_BYTES + declaredBytes);
    }
    return frames;
  }

  /** Bytes of an unfinished frame (at end of input they are dropped: a truncated frame is never served). */
  get bufferedBytes(): number {
    return this.pending.length;
  }
}
