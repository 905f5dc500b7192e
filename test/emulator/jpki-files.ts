// SPDX-License-Identifier: MIT
import { concatBytes, padded } from "./ber-tlv";

const u32 = (value: number): Uint8Array =>
  new Uint8Array([value >>> 24, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff]);

/**
 * EF 0006, token info, 160 bytes: a PKCS#11 CK_TOKEN_INFO with big-endian integers (docs/ref/jpki-card.md §4.3). Only
 * the label `JPKIAPICCTOKEN2` matters to hosts; the rest follows the published test vector.
 */
export function tokenInfoFile(serialNumber: string): Uint8Array {
  const file = concatBytes(
    padded("JPKIAPICCTOKEN2", 32),
    padded("JPKI-TEST", 32),
    padded("EMULATED CARD", 16),
    padded(serialNumber, 16),
    u32(0x0000040d),
    u32(1),
    u32(0),
    u32(1),
    u32(0),
    u32(16),
    u32(6),
    ...Array.from({ length: 4 }, () => u32(0xffffffff)),
    padded("03", 2),
    padded("01", 2),
    padded("", 16),
  );
  if (file.length !== 160) throw new Error(`token info is ${file.length} bytes, not 160`);
  return file;
}

/** EF 0008: which certificates the card holds; the first byte is 00 without a signing certificate (under 15). */
export function certificatePresenceFile(hasSignCertificate: boolean): Uint8Array {
  return new Uint8Array([hasSignCertificate ? 0x8f : 0x00, 0x8f, 0x00]);
}

/**
 * Record 1 of the common AP's EF 0001 (SFI 1), our layout: BER TLV tag `C1` whose value is ASCII
 * `"01"` ‖ 13-character manufacture number ‖ `"20361231"` (fictional card expiry). A host that takes characters
 * [2, 15) of the value (0-based, end exclusive, as jpki/myna does) gets exactly the manufacture number.
 */
export function commonRecordFile(manufactureNumber: string): Uint8Array {
  if (!/^[\x20-\x7e]{13}$/.test(manufactureNumber)) throw new Error("a manufacture number has 13 ASCII characters");
  const value = padded(`01${manufactureNumber}20361231`, 23);
  return concatBytes(new Uint8Array([0xc1, value.length]), value);
}
