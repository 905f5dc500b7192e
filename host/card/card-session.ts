// SPDX-License-Identifier: MIT
import { CompanionError, toCompanionError } from "../../shared/errors/companion-error";
import type { ErrorCode } from "../../shared/errors/catalogue";
import { selectApplication, SW_OK } from "./apdu";
import { ApduChannel } from "./apdu-channel";
import type { CardTransport } from "./card-transport";
import { JPKI_AID } from "./jpki/card-files";
import type { ReadOptions } from "./read-ber-file";

/** Where cards come from: PC/SC in production (PcscService). */
export interface CardAccess {
  readerNames(): Promise<string[]>;
  connect(readerName: string): Promise<CardTransport>;
}

/** One exclusive connection to one card, for one operation. */
export interface CardSession {
  readonly reader: string;
  readonly channel: ApduChannel;
  readonly readOptions: ReadOptions;
}

/** When several readers fail, the most telling reason wins. */
const FAILURE_RANK: ErrorCode[] = ["NOT_JPKI_CARD", "CARD_BUSY", "CARD_TIMEOUT", "CARD_ERROR", "NO_CARD"];

/**
 * Runs `work` on the card in `reader` (exact name), or on the first reader whose card answers the JPKI AID. The
 * connection is exclusive and always ends with a card reset (finally), whatever `work` did.
 */
export async function withCardSession<T>(
  access: CardAccess,
  options: { reader?: string | undefined; extendedLength: boolean },
  work: (session: CardSession) => Promise<T>,
): Promise<T> {
  const { reader, transport } =
    options.reader === undefined
      ? await findJpkiCard(access)
      : { reader: options.reader, transport: await access.connect(options.reader) };
  try {
    const channel = new ApduChannel(transport);
    return await work({ reader, channel, readOptions: { extendedLength: options.extendedLength } });
  } finally {
    await transport.disconnect();
  }
}

async function findJpkiCard(access: CardAccess): Promise<{ reader: string; transport: CardTransport }> {
  const names = await access.readerNames();
  if (names.length === 0) throw new CompanionError("READER_NOT_FOUND");
  const failures: CompanionError[] = [];
  for (const reader of names) {
    let transport: CardTransport | undefined;
    try {
      transport = await access.connect(reader);
      const response = await transport.transmit(selectApplication(JPKI_AID));
      if (response.readUInt16BE(response.length - 2) === SW_OK) return { reader, transport };
      failures.push(new CompanionError("NOT_JPKI_CARD"));
    } catch (error) {
      failures.push(toCompanionError(error));
    }
    await transport?.disconnect();
  }
  const rank = (error: CompanionError): number => {
    const index = FAILURE_RANK.indexOf(error.code);
    return index === -1 ? FAILURE_RANK.length : index;
  };
  throw failures.sort((a, b) => rank(a) - rank(b))[0] ?? new CompanionError("NO_CARD");
}
