// SPDX-License-Identifier: MIT
import type { Basic4 } from "../../shared/basic4";
import { concatBytes, padded, tlv, utf8 } from "./ber-tlv";

/** The card-info AP codes sex 1 male / 2 female / 9 not applicable; the certificate's "3" (unknown) maps to 9. */
const CARD_INFO_SEX: Readonly<Record<Basic4["sex"], string>> = { "1": "1", "2": "2", "3": "9" };

/** Size of the basic-4 EF; the unused tail is `FF` filler as on real cards (docs/ref/jpki-card.md §8.3). */
const BASIC4_EF_MIN_SIZE = 256;

/** EF 0001: `FF 10 0C` + the 12 digits + `FF FF` filler, 17 bytes (docs/ref/jpki-card.md §8.2). */
export function myNumberFile(myNumber: string): Uint8Array {
  if (!/^\d{12}$/.test(myNumber)) throw new Error("a My Number has 12 digits");
  return concatBytes(new Uint8Array([0xff, 0x10, 0x0c]), utf8(myNumber), new Uint8Array([0xff, 0xff]));
}

/**
 * EF 0002: `FF 20 { DF21 offsets, DF22 name, DF23 address, DF24 YYYYMMDD, DF25 sex }` (docs/ref/jpki-card.md §8.3). The
 * DF21 offsets (from the start of the file to each tag) and every BER length are computed, never hard-coded.
 */
export function basic4File(facts: Basic4): Uint8Array {
  const fields = [
    tlv([0xdf, 0x22], utf8(facts.name)),
    tlv([0xdf, 0x23], utf8(facts.address)),
    tlv([0xdf, 0x24], utf8(facts.birthDate.replaceAll("-", ""))),
    tlv([0xdf, 0x25], utf8(CARD_INFO_SEX[facts.sex])),
  ];
  const offsetTableLength = 2 + 1 + 8;
  const bodyLength = offsetTableLength + fields.reduce((sum, field) => sum + field.length, 0);
  const outerHeaderLength = tlv([0xff, 0x20], new Uint8Array(bodyLength)).length - bodyLength;
  const offsets = new Uint8Array(8);
  let position = outerHeaderLength + offsetTableLength;
  fields.forEach((field, index) => {
    offsets[index * 2] = position >> 8;
    offsets[index * 2 + 1] = position & 0xff;
    position += field.length;
  });
  const content = tlv([0xff, 0x20], concatBytes(tlv([0xdf, 0x21], offsets), ...fields));
  const file = new Uint8Array(Math.max(BASIC4_EF_MIN_SIZE, content.length)).fill(0xff);
  file.set(content);
  return file;
}

/**
 * EF 0004: a placeholder with the real layout `7F21 { 5F4E <297 bytes>, 5F37 <256-byte signature> }`, 568 bytes;
 * the contents are zeros (no host needs this card-verifiable certificate).
 */
export function cardInfoCvcFile(): Uint8Array {
  return tlv([0x7f, 0x21], concatBytes(tlv([0x5f, 0x4e], new Uint8Array(297)), tlv([0x5f, 0x37], new Uint8Array(256))));
}

/**
 * EF 0005: AP basic info `FF40 { DF41 01 03 0E 01, DF42 key id, DF43 32 bytes + FF filler }` (docs/ref/jpki-card.md
 * §8.1).
 */
export function cardInfoBasicInfoFile(): Uint8Array {
  const keyId = padded("JPKI-TEST-KEY-ID", 16);
  const data43 = new Uint8Array(128).fill(0xff);
  data43.set(padded("JPKI-TEST CARD-INFO AP", 32, 0x00));
  return tlv(
    [0xff, 0x40],
    concatBytes(
      tlv([0xdf, 0x41], new Uint8Array([0x01, 0x03, 0x0e, 0x01])),
      tlv([0xdf, 0x42], keyId),
      tlv([0xdf, 0x43], data43),
    ),
  );
}
