// SPDX-License-Identifier: MIT
/** BER length octets in the shortest form (X.690 §8.1.3): `xx`, `81 xx`, `82 xx xx`. */
export function berLength(length: number): Uint8Array {
  if (length < 0x80) return new Uint8Array([length]);
  if (length < 0x100) return new Uint8Array([0x81, length]);
  return new Uint8Array([0x82, length >> 8, length & 0xff]);
}

/** Concatenates byte arrays. */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A TLV with an already-encoded tag (e.g. `[0xdf, 0x22]`) and a computed BER length. */
export function tlv(tag: readonly number[], value: Uint8Array): Uint8Array {
  return concatBytes(new Uint8Array(tag), berLength(value.length), value);
}

/** UTF-8 bytes of a string. */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** ASCII text padded with a fill byte to a fixed width (truncated if longer). */
export function padded(text: string, width: number, fill = 0x20): Uint8Array {
  const out = new Uint8Array(width).fill(fill);
  out.set(utf8(text).slice(0, width));
  return out;
}
