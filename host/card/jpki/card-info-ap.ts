// SPDX-License-Identifier: MIT
import { CompanionError } from "../../../shared/errors/companion-error";
import { selectApplication, selectFile, SW_OK } from "../apdu";
import type { ApduChannel } from "../apdu-channel";
import { parseTlvs } from "../ber-tlv";
import { readBerFile, type ReadOptions } from "../read-ber-file";
import { CARD_INFO_AID, CARD_INFO_FILES } from "./card-files";
import { readPinStatus, verifyPin } from "./pin-verification";
import type { PinStatus } from "../../../shared/protocol/native";

/** The basic 4 facts as the card-info AP stores them: UTF-8 bytes, birthday `YYYYMMDD`, sex one ASCII digit. */
export interface CardInfoFacts {
  name: Buffer;
  address: Buffer;
  birthday: Buffer;
  sex: Buffer;
}

const BASIC4_TAG = 0xff20;
const FACT_TAGS = { name: 0xdf22, address: 0xdf23, birthday: 0xdf24, sex: 0xdf25 } as const;

/** 券面事項入力補助AP (docs/ref/jpki-card.md §8): its 4-digit PIN and the basic 4 record EF 0002. */
export class CardInfoAp {
  constructor(
    private readonly channel: ApduChannel,
    private readonly readOptions: ReadOptions,
  ) {}

  /** Selects the AP; CARD_INFO_AP_MISSING when the card has none (a JPKI card that is not a My Number Card). */
  async select(): Promise<void> {
    const { sw } = await this.channel.send(selectApplication(CARD_INFO_AID));
    if (sw !== SW_OK) throw new CompanionError("CARD_INFO_AP_MISSING");
  }

  pinStatus(): Promise<PinStatus> {
    return readPinStatus(this.channel, CARD_INFO_FILES.pin, "card-info");
  }

  verifyPin(pin: string, confirmLastTry: boolean): Promise<void> {
    return verifyPin(this.channel, CARD_INFO_FILES.pin, "card-info", pin, confirmLastTry);
  }

  /** Reads and parses EF 0002 (needs the PIN verified). */
  async readFacts(): Promise<CardInfoFacts> {
    await this.channel.expectOk(selectFile(CARD_INFO_FILES.basic4), "SELECT basic 4 EF");
    const record = await readBerFile(this.channel, this.readOptions);
    if (record === undefined) throw new CompanionError("CARD_ERROR");
    return parseBasic4Record(record);
  }
}

/**
 * Walks `FF 20 { DF21 offsets, DF22 name, DF23 address, DF24 birthday, DF25 sex }` by tag (the outer length form
 * varies with the address length, so no fixed offsets). Each fact must be valid UTF-8.
 */
export function parseBasic4Record(record: Buffer): CardInfoFacts {
  const [outer] = parseTlvs(record);
  if (outer?.tag !== BASIC4_TAG) throw new CompanionError("CARD_ERROR");
  const inner = new Map(parseTlvs(outer.value).map((item) => [item.tag, item.value]));
  const fact = (tag: number): Buffer => {
    const value = inner.get(tag);
    if (value === undefined) throw new CompanionError("CARD_ERROR");
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(value);
    } catch (error) {
      throw new CompanionError("CARD_ERROR", undefined, { cause: error });
    }
    return value;
  };
  return {
    name: fact(FACT_TAGS.name),
    address: fact(FACT_TAGS.address),
    birthday: fact(FACT_TAGS.birthday),
    sex: fact(FACT_TAGS.sex),
  };
}
