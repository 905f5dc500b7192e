// SPDX-License-Identifier: MIT
import { CompanionError } from "../../../shared/errors/companion-error";
import { readRecord, selectApplication, SW_OK } from "../apdu";
import type { ApduChannel } from "../apdu-channel";
import { readTlvHeader } from "../ber-tlv";
import { COMMON_AID } from "./card-files";

/** The card manufacture number is 13 ASCII characters at value offsets 2..15 (docs/ref/site-protocol.md §1). */
const NUMBER_START = 2;
const NUMBER_END = 15;

/**
 * The card manufacture number from the common AP: SELECT it, READ RECORD 1 of SFI 1 (`00 B2 01 0C 00`), a BER TLV
 * whose value is ASCII. It feeds `combination_code`. Read first in each operation: selecting another AP afterwards
 * would clear any verified PIN.
 */
export async function readManufactureNumber(channel: ApduChannel): Promise<string> {
  // Every My Number Card has the common AP: a card without it is some other card.
  const { sw } = await channel.send(selectApplication(COMMON_AID));
  if (sw !== SW_OK) throw new CompanionError("NOT_JPKI_CARD");
  const record = await channel.expectOk(readRecord(1, 1), "READ RECORD");
  const header = readTlvHeader(record);
  const value = header && record.subarray(header.headerLength, header.headerLength + header.valueLength);
  if (value === undefined || value.length < NUMBER_END) throw new CompanionError("CARD_ERROR");
  return value.subarray(NUMBER_START, NUMBER_END).toString("latin1");
}
