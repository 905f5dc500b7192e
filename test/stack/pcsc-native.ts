// SPDX-License-Identifier: MIT
import { SCARD as HOST_SCARD } from "../../host/card/pcsc/pcsc-constants";
import { pcscCodeOf } from "../../host/card/pcsc/pcsc-errors";
import { WinscardContext, type WinscardCard } from "../../host/card/pcsc/winscard";

/**
 * A test-side PC/SC client on the host's own winscard binding (koffi): connect, transmit and disconnect, each
 * reader handle on a context of its own, without any reader-watching thread. Handles are reused (`borrowReader`) so
 * a test that probes every 50 ms does not open a context each time.
 */

/** The host's SCARD_* values, and the error codes the probes tell apart (pcsclite.h / winscard.h). */
export const SCARD = {
  SHARE_EXCLUSIVE: HOST_SCARD.SHARE_EXCLUSIVE,
  SHARE_SHARED: HOST_SCARD.SHARE_SHARED,
  PROTOCOL_T1: HOST_SCARD.PROTOCOL_T1,
  PROTOCOL_ANY: HOST_SCARD.PROTOCOL_T0 | HOST_SCARD.PROTOCOL_T1,
  LEAVE_CARD: HOST_SCARD.LEAVE_CARD,
  E_SHARING_VIOLATION: 0x8010000b,
  E_NO_SMARTCARD: 0x8010000c,
  E_UNKNOWN_READER: 0x80100009,
  E_NO_SERVICE: 0x8010001d,
} as const;

/** A connection-capable reader handle with its own PC/SC context (established on first connect). */
export class NativeReader {
  #context: WinscardContext | undefined;
  #card: WinscardCard | undefined;

  constructor(readonly name: string) {}

  /** SCardConnect (shared by default); resolves with the active protocol. */
  async connect(shareMode: number = SCARD.SHARE_SHARED, protocol: number = SCARD.PROTOCOL_ANY): Promise<number> {
    this.#context ??= WinscardContext.establish();
    this.#card = await this.#context.connect(this.name, shareMode, protocol);
    return this.#card.protocol;
  }

  /** SCardTransmit (the receive buffer holds any extended-length response). */
  async transmit(apdu: Uint8Array): Promise<Uint8Array> {
    if (this.#card === undefined) throw new Error(`reader "${this.name}" is not connected`);
    return new Uint8Array(await this.#card.transmit(apdu));
  }

  /** SCardDisconnect; a no-op when not connected. */
  async disconnect(disposition: number = SCARD.LEAVE_CARD): Promise<void> {
    const card = this.#card;
    if (card === undefined) return;
    this.#card = undefined;
    await card.disconnect(disposition);
  }

  /** Releases the context (after a pcscd restart a handle's context is useless). */
  async close(): Promise<void> {
    await this.disconnect().catch(() => undefined);
    await this.#context?.release();
    this.#context = undefined;
  }
}

/** What one connect attempt says about a reader. */
export type ReaderProbe = "card" | "empty" | "unknown-reader" | "no-service" | "error";

/** The idle reader handles per reader name. */
const idleReaders = new Map<string, NativeReader[]>();

/** An idle reader handle for `name` (its PC/SC context reused), or a new one. Give it back with `returnReader`. */
export function borrowReader(name: string): NativeReader {
  const reader = idleReaders.get(name)?.pop();
  if (reader) return reader;
  return new NativeReader(name);
}

/** Makes a disconnected reader available again. */
export function returnReader(reader: NativeReader): void {
  const idle = idleReaders.get(reader.name) ?? [];
  idle.push(reader);
  idleReaders.set(reader.name, idle);
}

/** Codes that say "the card / reader", not "this handle's context is broken (e.g. pcscd restarted)". */
const CARD_OR_READER_CODES: ReadonlySet<number> = new Set([
  SCARD.E_SHARING_VIOLATION,
  SCARD.E_NO_SMARTCARD,
  SCARD.E_UNKNOWN_READER,
]);

/** Whether a handle that failed with this error may be reused. */
export function handleStillUsable(error: unknown): boolean {
  const code = pcscCodeOf(error);
  return code !== undefined && CARD_OR_READER_CODES.has(code);
}

/** Probes a reader with a shared connect, then disconnects at once, leaving the card as it was. */
export async function probeReader(name: string): Promise<ReaderProbe> {
  const reader = borrowReader(name);
  try {
    await reader.connect();
  } catch (error) {
    if (handleStillUsable(error)) returnReader(reader);
    else void reader.close();
    const code = pcscCodeOf(error);
    if (code === SCARD.E_SHARING_VIOLATION) return "card";
    if (code === SCARD.E_NO_SMARTCARD) return "empty";
    if (code === SCARD.E_UNKNOWN_READER) return "unknown-reader";
    return code === SCARD.E_NO_SERVICE ? "no-service" : "error";
  }
  try {
    await reader.disconnect();
    returnReader(reader);
  } catch {
    // a handle that cannot disconnect is not reused
    void reader.close();
  }
  return "card";
}
