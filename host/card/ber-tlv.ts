// SPDX-License-Identifier: MIT
/**
 * Just enough BER-TLV (ISO/IEC 8825-1, ISO 7816-4 §5.2) to size a DER object from its header and to walk the
 * card-info AP's `FF 20` record by structure rather than by fixed offsets.
 */

export interface TlvHeader {
  /** The tag bytes as one number, e.g. 0x30, 0xff20, 0xdf22. */
  tag: number;
  headerLength: number;
  valueLength: number;
}

export interface Tlv {
  tag: number;
  value: Buffer;
}

/** Reads a tag and definite length at `offset`; undefined when `bytes` is too short or the header is not BER. */
export function readTlvHeader(bytes: Buffer, offset = 0): TlvHeader | undefined {
  let position = offset;
  const first = bytes[position++];
  if (first === undefined) return undefined;
  let tag = first;
  if ((first & 0x1f) === 0x1f) {
    for (let more = true; more;) {
      const next = bytes[position++];
      if (next === undefined || position - offset > 4) return undefined;
      tag = tag * 256 + next;
      more = (next & 0x80) !== 0;
    }
  }
  const lengthByte = bytes[position++];
  if (lengthByte === undefined || lengthByte === 0x80) return undefined;
  let valueLength = lengthByte;
  if (lengthByte > 0x80) {
    const count = lengthByte & 0x7f;
    if (count > 3) return undefined;
    valueLength = 0;
    for (let index = 0; index < count; index++) {
      const next = bytes[position++];
      if (next === undefined) return undefined;
      valueLength = valueLength * 256 + next;
    }
  }
  return { tag, headerLength: position - offset, valueLength };
}

/** Total encoded size (header + value) of the object at the start of `bytes`, if its header is readable. */
export function encodedLength(bytes: Buffer): number | undefined {
  const header = readTlvHeader(bytes);
  return header && header.headerLength + header.valueLength;
}

/** The consecutive TLVs in `bytes`; stops at filler (`00`/`FF` where a tag should be) or a truncated object. */
export function parseTlvs(bytes: Buffer): Tlv[] {
  const items: Tlv[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const header = readTlvHeader(bytes, offset);
    if (header === undefined || header.tag === 0x00 || header.tag === 0xff) break;
    const start = offset + header.headerLength;
    if (start + header.valueLength > bytes.length) break;
    items.push({ tag: header.tag, value: bytes.subarray(start, start + header.valueLength) });
    offset = start + header.valueLength;
  }
  return items;
}
