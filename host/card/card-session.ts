// SPDX-License-Identifier: MIT
import { CompanionError, toCompanionError } from "../../shared/errors/companion-error";
import type { ErrorCode } from "../../shared/errors/catalogue";
import { selectApplication, SW_OK } from "./apdu";
import { ApduChannel } from "./apdu-channel";
import { CardFacts, type CardFactsCache, dropsCardFacts } from "./card-facts";
import type { CardTransport } from "./card-transport";
import { JPKI_AID } from "./jpki/card-files";
import type { ReadOptions } from "./read-ber-file";

/** Where cards come from: PC/SC in production (PcscService). */
export interface CardAccess {
  readerNames(): Promise<string[]>;
  connect(readerName: string): Promise<CardTransport>;
  /** Identity of the card insertion in the reader (changes on removal and reinsertion); undefined when unknown. */
  insertionId?(readerName: string): string | undefined;
}

/** How a session reads: the reader (or any with a JPKI card), extended length, and the per-insertion cache. */
export interface SessionOptions {
  reader?: string | undefined;
  extendedLength: boolean;
  /** Without a cache nothing read from the card outlives the session. */
  cache?: CardFactsCache | undefined;
}

/** One exclusive connection to one card, for one operation. */
export interface CardSession {
  readonly reader: string;
  readonly channel: ApduChannel;
  readonly readOptions: ReadOptions;
  /** What is known about this card insertion; commands fill it as they read. */
  readonly facts: CardFacts;
}

/**
 * Thrown by a command whose result contradicts facts taken from the cache (a signature that does not verify
 * against the cached certificate: another card was put in faster than PC/SC noticed). The session then forgets the
 * cache and runs the work once more from the card.
 */
export class StaleCardFacts extends Error {
  override readonly name = "StaleCardFacts";
}

/** When several readers fail, the most telling reason wins. */
const FAILURE_RANK: ErrorCode[] = ["NOT_JPKI_CARD", "CARD_BUSY", "CARD_TIMEOUT", "CARD_ERROR", "NO_CARD"];

/**
 * Runs `work` on the card in `reader` (exact name), or on the first reader whose card answers the JPKI AID. The
 * connection is exclusive and always ends with a card reset (finally), whatever `work` did.
 */
export async function withCardSession<T>(
  access: CardAccess,
  options: SessionOptions,
  work: (session: CardSession) => Promise<T>,
): Promise<T> {
  const { reader, transport } =
    options.reader === undefined
      ? await findJpkiCard(access)
      : { reader: options.reader, transport: await access.connect(options.reader) };
  const { cache } = options;
  const insertion = access.insertionId?.(reader);
  const readOptions = { extendedLength: options.extendedLength && !cache?.isShortOnly(reader) };
  try {
    const channel = new ApduChannel(transport);
    let facts = cache?.factsFor(reader, insertion) ?? new CardFacts();
    const startedFromCache = !facts.isEmpty;
    let result: T;
    try {
      result = await work({ reader, channel, readOptions, facts });
    } catch (error) {
      if (!(error instanceof StaleCardFacts) || !startedFromCache) throw error;
      cache?.forget(reader);
      facts = cache?.factsFor(reader, insertion) ?? new CardFacts();
      result = await work({ reader, channel, readOptions, facts });
    }
    // The first operation after a cold start may run before the reader's first status report: keep what it read.
    if (insertion === undefined) cache?.remember(reader, access.insertionId?.(reader), facts);
    return result;
  } catch (error) {
    if (error instanceof StaleCardFacts || dropsCardFacts(toCompanionError(error).code)) cache?.forget(reader);
    throw error instanceof StaleCardFacts ? new CompanionError("CARD_ERROR", undefined, { cause: error }) : error;
  } finally {
    if (options.extendedLength && !readOptions.extendedLength) cache?.markShortOnly(reader);
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
