// SPDX-License-Identifier: MIT
/**
 * Command APDU builders for the commands the host sends (docs/ref/jpki-card.md §4.1, ISO/IEC 7816-4 §5.1) and the
 * response split into data and status word.
 */

/** A response APDU: data and the status word SW1SW2 as one number (0x9000 = success). */
export interface ApduResponse {
  data: Buffer;
  sw: number;
}

export const SW_OK = 0x9000;

export function splitResponse(raw: Buffer): ApduResponse {
  return { data: raw.subarray(0, raw.length - 2), sw: raw.readUInt16BE(raw.length - 2) };
}

export function swHex(sw: number): string {
  return sw.toString(16).padStart(4, "0");
}

/** SELECT by DF name (AID), no FCI wanted: `00 A4 04 0C Lc AID`. */
export function selectApplication(aid: Buffer): Buffer {
  return Buffer.concat([Buffer.from([0x00, 0xa4, 0x04, 0x0c, aid.length]), aid]);
}

/** SELECT EF by 2-byte file id in the current DF: `00 A4 02 0C 02 FID`. */
export function selectFile(fileId: number): Buffer {
  return Buffer.from([0x00, 0xa4, 0x02, 0x0c, 0x02, fileId >> 8, fileId & 0xff]);
}

/** READ BINARY at `offset` (15 bits) for up to 256 bytes (`length` 256 is encoded as Le = 00). */
export function readBinary(offset: number, length: number): Buffer {
  return Buffer.from([0x00, 0xb0, (offset >> 8) & 0x7f, offset & 0xff, length & 0xff]);
}

/** READ BINARY with extended Le = 0000 (up to 65536 bytes: the card returns what is left of the EF). */
export function readBinaryExtended(offset: number): Buffer {
  return Buffer.from([0x00, 0xb0, (offset >> 8) & 0x7f, offset & 0xff, 0x00, 0x00, 0x00]);
}

/** READ RECORD `record` of the EF with short id `sfi`, Le = 00: `00 B2 rec (sfi<<3 | 4) 00`. */
export function readRecord(record: number, sfi: number): Buffer {
  return Buffer.from([0x00, 0xb2, record, (sfi << 3) | 0x04, 0x00]);
}

/** VERIFY of the PIN in the current EF; with no PIN it asks for the tries left without using one. */
export function verify(pin?: Buffer): Buffer {
  const header = Buffer.from([0x00, 0x20, 0x00, 0x80]);
  return pin === undefined ? header : Buffer.concat([header, Buffer.from([pin.length]), pin]);
}

/** COMPUTE DIGITAL SIGNATURE with the key in the current EF over a DigestInfo: `80 2A 00 80 Lc data 00`. */
export function computeSignature(digestInfo: Buffer): Buffer {
  return Buffer.concat([Buffer.from([0x80, 0x2a, 0x00, 0x80, digestInfo.length]), digestInfo, Buffer.from([0x00])]);
}

/** GET RESPONSE for `61 xx`. */
export function getResponse(length: number): Buffer {
  return Buffer.from([0x00, 0xc0, 0x00, 0x00, length & 0xff]);
}
