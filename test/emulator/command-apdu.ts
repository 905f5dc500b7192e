// SPDX-License-Identifier: MIT
/** A parsed command APDU (ISO 7816-4 §5.1), short or extended length. */
export interface CommandApdu {
  readonly cla: number;
  readonly ins: number;
  readonly p1: number;
  readonly p2: number;
  /** Command data (empty for cases 1 and 2). */
  readonly data: Uint8Array;
  /** Expected response length: undefined when absent, 256 for a short `00`, 65536 for an extended `00 00`. */
  readonly le: number | undefined;
  /** Whether Lc or Le used the extended (3-byte / 2-byte) form. */
  readonly extended: boolean;
}

const shortLe = (byte: number): number => (byte === 0 ? 256 : byte);
const extendedLe = (high: number, low: number): number => (high === 0 && low === 0 ? 65536 : (high << 8) | low);

/** Parses the four cases in both length forms; undefined when the bytes are no valid APDU. */
export function parseCommandApdu(bytes: Uint8Array): CommandApdu | undefined {
  const [cla, ins, p1, p2, b4] = bytes;
  if (cla === undefined || ins === undefined || p1 === undefined || p2 === undefined) return undefined;
  const header = { cla, ins, p1, p2 };
  const empty = new Uint8Array(0);
  if (b4 === undefined) return { ...header, data: empty, le: undefined, extended: false };
  if (bytes.length === 5) return { ...header, data: empty, le: shortLe(b4), extended: false };
  if (b4 !== 0) {
    const end = 5 + b4;
    if (bytes.length === end) return { ...header, data: bytes.slice(5, end), le: undefined, extended: false };
    if (bytes.length === end + 1)
      return { ...header, data: bytes.slice(5, end), le: shortLe(bytes[end] ?? 0), extended: false };
    return undefined;
  }
  // b4 = 00 and more bytes follow: extended length.
  const high = bytes[5] ?? 0;
  const low = bytes[6] ?? 0;
  if (bytes.length === 7) return { ...header, data: empty, le: extendedLe(high, low), extended: true };
  const lc = (high << 8) | low;
  const end = 7 + lc;
  if (lc === 0) return undefined;
  if (bytes.length === end) return { ...header, data: bytes.slice(7, end), le: undefined, extended: true };
  if (bytes.length === end + 2) {
    return {
      ...header,
      data: bytes.slice(7, end),
      le: extendedLe(bytes[end] ?? 0, bytes[end + 1] ?? 0),
      extended: true,
    };
  }
  return undefined;
}

/** Upper-case hex without separators, as in the APDU log. */
export const toHex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex").toUpperCase();

/** Bytes from hex; spaces are ignored ("00 A4 04 0C"). */
export const fromHex = (hex: string): Uint8Array => new Uint8Array(Buffer.from(hex.replace(/\s+/g, ""), "hex"));
