// SPDX-License-Identifier: MIT
import { buildTestPki, type TestPki, type TestPkiOptions } from "../pki/build-test-pki";
import { acquireReaderPort } from "../stack/reader-ports";
import { readerNameForPort } from "../stack/stack-layout";
import type { DropOptions, FaultFilter, ForceStatusWordOptions } from "./card-faults";
import { fromHex } from "./command-apdu";
import { type CardModelOptions, JpkiCardModel } from "./jpki-card-model";
import { VpcdCardClient } from "./vpcd-card-client";

/** The contact ATR of the My Number Card in OpenSC's table (docs/ref/jpki-card.md §1.1). */
export const DEFAULT_ATR = "3BE000FF8131FE4514";

/** Options of `startEmulatedCard`; everything is optional. */
export interface EmulatedCardOptions extends Omit<CardModelOptions, "pki"> {
  /** A ready PKI (e.g. shared with the practice site); otherwise one is built from `pkiOptions`. */
  readonly pki?: TestPki;
  readonly pkiOptions?: TestPkiOptions;
  /** vpcd port to connect to; by default a free one is reserved with `acquireReaderPort()` (and released on close). */
  readonly port?: number;
  /** ATR as hex (default `3BE000FF8131FE4514`). */
  readonly atr?: string;
  /** Start with the card in the reader (default true). */
  readonly inserted?: boolean;
}

/** A running emulated card and its fault switches. */
export interface EmulatedCard {
  /** The vpcd port the card connects to. */
  readonly port: number;
  /** The PC/SC reader name of that port: pin the host to it. */
  readonly readerName: string;
  /** The card model: `apduLog`, `triesLeft(kind)`, `setTriesLeft(kind, n)`, `isVerified(kind)`, `extendedLength`. */
  readonly model: JpkiCardModel;
  readonly pki: TestPki;
  /** Whether the card is (meant to be) in the reader. */
  readonly inserted: boolean;
  /** Puts the card in: connects to the slot; resolves when connected (pcscd notices within ~0.4 s). */
  insert(): Promise<void>;
  /** Takes the card out: closes the connection (verified PINs are lost, counters persist). */
  remove(): void;
  /** Closes the connection when the next matching command arrives, without answering it. */
  dropMidApdu(options?: DropOptions): void;
  /** Stops answering from the next matching command on, until `unhang()`; pcscd then blocks without a timeout. */
  hang(filter?: FaultFilter): void;
  /** Answers the held command (if any) and resumes. */
  unhang(): void;
  /** Resolves once a command is being held by `hang()`. */
  whenHung(): Promise<void>;
  /** Answers matching commands with only this status word (e.g. `0x6f00`), without the card model seeing them. */
  forceStatusWord(sw: number, options?: ForceStatusWordOptions): void;
  /** Disarms every fault (a held command stays held until `unhang()`). */
  clearFaults(): void;
  /** Removes the card and releases the reserved port. */
  close(): void;
}

/**
 * Starts an emulated My Number Card on a vpcd slot of the test stack's pcscd (start the stack first).
 * @example const card = await startEmulatedCard({ pins: { sign: "TEST99" } }); // then use card.readerName
 */
export async function startEmulatedCard(options: EmulatedCardOptions = {}): Promise<EmulatedCard> {
  const reserved = options.port === undefined ? acquireReaderPort() : undefined;
  const port = reserved?.port ?? options.port ?? 0;
  try {
    const pki = options.pki ?? (await buildTestPki(options.pkiOptions));
    const model = new JpkiCardModel({ ...options, pki });
    const client = new VpcdCardClient(model, port, fromHex(options.atr ?? DEFAULT_ATR));
    if (options.inserted ?? true) await client.insert();
    return {
      port,
      readerName: reserved?.readerName ?? readerNameForPort(port),
      model,
      pki,
      get inserted() {
        return client.inserted;
      },
      insert: () => client.insert(),
      remove: () => client.remove(),
      dropMidApdu: (drop) => client.faults.armDrop(drop),
      hang: (filter) => client.faults.armHang(filter),
      unhang: () => client.unhang(),
      whenHung: () => client.whenHung(),
      forceStatusWord: (sw, force) => client.faults.forceStatusWord(sw, force),
      clearFaults: () => client.faults.clear(),
      close: () => {
        client.remove();
        reserved?.release();
      },
    };
  } catch (error) {
    reserved?.release();
    throw error;
  }
}
