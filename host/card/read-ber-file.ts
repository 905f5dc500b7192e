// SPDX-License-Identifier: MIT
import { CompanionError } from "../../shared/errors/companion-error";
import { readBinary, readBinaryExtended, SW_OK } from "./apdu";
import type { ApduChannel } from "./apdu-channel";
import { encodedLength } from "./ber-tlv";

/** How EFs are read: short APDUs (every reader passes them) or one extended-Le READ BINARY per EF. */
export interface ReadOptions {
  extendedLength: boolean;
}

const SHORT_CHUNK = 256;
/** READ BINARY offsets are 15 bits (P1 bit 8 selects the SFI form). */
const MAX_OFFSET = 0x7fff;

/**
 * Reads the BER object stored in the current EF, sized from its own header (the card does not report EF sizes,
 * docs/ref/jpki-card.md §5): one 256-byte READ BINARY (or one extended read of the whole EF), then the rest in chunks.
 * Filler after the object is dropped. Returns undefined when the EF does not start with a readable header
 * (an empty or absent object).
 */
export async function readBerFile(channel: ApduChannel, options: ReadOptions): Promise<Buffer | undefined> {
  let bytes = await readFirst(channel, options);
  const total = encodedLength(bytes);
  if (total === undefined || total === 0) return undefined;
  while (bytes.length < total) {
    if (bytes.length > MAX_OFFSET) throw new CompanionError("CARD_ERROR");
    const length = Math.min(SHORT_CHUNK, total - bytes.length);
    const chunk = await channel.expectOk(readBinary(bytes.length, length), "READ BINARY");
    if (chunk.length === 0) throw new CompanionError("CARD_ERROR");
    bytes = Buffer.concat([bytes, chunk]);
  }
  return bytes.subarray(0, total);
}

async function readFirst(channel: ApduChannel, options: ReadOptions): Promise<Buffer> {
  if (options.extendedLength) {
    const response = await channel.send(readBinaryExtended(0)).catch((error: unknown) => {
      // A reader that cannot carry extended APDUs may fail the transmit itself (an unmapped PC/SC code) instead of
      // passing the card's `67 00`; anything else (card removed, timeout) is a real failure.
      if (error instanceof CompanionError && error.code === "CARD_ERROR") return undefined;
      throw error;
    });
    if (response?.sw === SW_OK) return response.data;
    // Refused (usually `67 00`, wrong length): stay with short APDUs for the rest of this session. A real access
    // problem shows up again on the short read below, with its own status word.
    options.extendedLength = false;
  }
  return channel.expectOk(readBinary(0, SHORT_CHUNK), "READ BINARY");
}
