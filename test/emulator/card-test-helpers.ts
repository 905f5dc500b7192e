// SPDX-License-Identifier: MIT
import { createHash } from "node:crypto";
import { fromHex, toHex } from "./command-apdu";

/** APDUs in hex for the unit and integration tests (docs/ref/jpki-card.md §4.1). */
export const APDU = {
  selectJpki: "00A4040C0AD392F000260100000001",
  selectCardInfo: "00A4040C0AD3921000310001010408",
  selectCommon: "00A4040C0AD3921000310001010100",
  selectEf: (fid: string) => `00A4020C02${fid}`,
  verify: (pin: string) => `00200080${hexByte(pin.length)}${Buffer.from(pin).toString("hex")}`,
  verifyQuery: "00200080",
  readBinary: (offset: number, le: number) => `00B0${offset.toString(16).padStart(4, "0")}${hexByte(le & 0xff)}`,
  readBinaryExtended: (offset: number, le: number) =>
    `00B0${offset.toString(16).padStart(4, "0")}00${(le & 0xffff).toString(16).padStart(4, "0")}`,
  sign: (data: Uint8Array) => `802A0080${hexByte(data.length)}${toHex(data)}00`,
} as const;

function hexByte(value: number): string {
  return value.toString(16).padStart(2, "0").toUpperCase();
}

/** DER DigestInfo of SHA-256(message), what hosts send to COMPUTE DIGITAL SIGNATURE. */
export function sha256DigestInfo(message: Uint8Array | string): Uint8Array {
  const digest = createHash("sha256").update(message).digest("hex");
  return fromHex(`3031300D060960864801650304020105000420${digest}`);
}

/** Splits a response into data and SW (hex). */
export function splitResponse(response: Uint8Array): { data: Uint8Array; sw: string } {
  return { data: response.slice(0, -2), sw: toHex(response.slice(-2)) };
}

/** Length of the BER object at the start of `header` (tag + length octets + contents); multi-byte tags too. */
export function derTotalLength(header: Uint8Array): number {
  let at = 1;
  if (((header[0] ?? 0) & 0x1f) === 0x1f) while (((header[at++] ?? 0) & 0x80) !== 0);
  const first = header[at] ?? 0;
  if (first < 0x80) return at + 1 + first;
  const count = first & 0x7f;
  let length = 0;
  for (let i = 0; i < count; i++) length = (length << 8) | (header[at + 1 + i] ?? 0);
  return at + 1 + count + length;
}
