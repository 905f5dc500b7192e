// SPDX-License-Identifier: MIT
import { createRequire } from "node:module";

/**
 * pcsclite's native CardReader used without its JavaScript wrapper. The wrapper starts a status thread for every
 * reader it lists, and closing such a thread can hang the event loop for good: `close()` cancels the thread's
 * SCardGetStatusChange, but a cancel that arrives while the thread is between two calls is lost, and `close()`
 * then joins a thread that waits forever (seen with gdb in this stack). Connect, transmit and disconnect run on
 * libuv's thread pool and need no status thread, so the tests use only those.
 *
 * Catch: the native CardReader's destructor joins `m_status_thread`, which its constructor leaves uninitialised
 * (only get_status sets it), so a collected reader can crash the process (segfault seen here). Every reader made
 * here therefore stays reachable for the life of the process, and idle ones are reused (`borrowReader`).
 */
interface NativeCardReader {
  readonly connected?: boolean;
  _connect(shareMode: number, protocol: number, callback: (error: Error | undefined, protocol: number) => void): void;
  _disconnect(disposition: number, callback: (error: Error | undefined) => void): void;
  _transmit(
    data: Buffer,
    responseLength: number,
    protocol: number,
    callback: (error: Error | undefined, response: Buffer) => void,
  ): void;
}

type NativeCardReaderClass = new (name: string) => NativeCardReader;

/** pcsclite.h values. */
export const SCARD = {
  SHARE_SHARED: 2,
  PROTOCOL_T1: 2,
  PROTOCOL_ANY: 3,
  LEAVE_CARD: 0,
  E_SHARING_VIOLATION: 0x8010000b,
  E_NO_SMARTCARD: 0x8010000c,
  E_UNKNOWN_READER: 0x80100009,
  E_NO_SERVICE: 0x8010001d,
} as const;

let readerClass: NativeCardReaderClass | undefined;

function nativeReaderClass(): NativeCardReaderClass {
  readerClass ??= (
    createRequire(import.meta.url)("pcsclite/build/Release/pcsclite.node") as { CardReader: NativeCardReaderClass }
  ).CardReader;
  return readerClass;
}

/** The SCARD_* code in a pcsclite error message ("SCardConnect error: …(0x8010000c)"), or undefined. */
export function pcscErrorCode(error: unknown): number | undefined {
  const match = /\(0x([0-9a-f]{8})\)/i.exec(error instanceof Error ? error.message : "");
  return match?.[1] === undefined ? undefined : Number.parseInt(match[1], 16);
}

/** A connection-capable reader handle; its PC/SC context lives until the object is garbage-collected. */
export class NativeReader {
  readonly #native: NativeCardReader;

  constructor(readonly name: string) {
    const CardReader = nativeReaderClass();
    this.#native = new CardReader(name);
  }

  /** SCardConnect (shared by default); resolves with the active protocol. */
  connect(shareMode: number = SCARD.SHARE_SHARED, protocol: number = SCARD.PROTOCOL_ANY): Promise<number> {
    return new Promise((resolve, reject) => {
      this.#native._connect(shareMode, protocol, (error, active) => (error ? reject(error) : resolve(active)));
    });
  }

  /** SCardTransmit with a receive buffer of `responseLength` bytes. */
  transmit(apdu: Uint8Array, responseLength: number, protocol: number): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.#native._transmit(Buffer.from(apdu), responseLength, protocol, (error, response) =>
        error ? reject(error) : resolve(new Uint8Array(response)),
      );
    });
  }

  /** SCardDisconnect; a no-op when not connected. */
  disconnect(disposition: number = SCARD.LEAVE_CARD): Promise<void> {
    if (!this.#native.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.#native._disconnect(disposition, (error) => (error ? reject(error) : resolve()));
    });
  }
}

/** What one connect attempt says about a reader. */
export type ReaderProbe = "card" | "empty" | "unknown-reader" | "no-service" | "error";

/** Every reader ever made (never collected: see above) and the idle ones per reader name. */
const allReaders: NativeReader[] = [];
const idleReaders = new Map<string, NativeReader[]>();

/** An idle reader handle for `name` (its PC/SC context reused), or a new one. Give it back with `returnReader`. */
export function borrowReader(name: string): NativeReader {
  const reader = idleReaders.get(name)?.pop();
  if (reader) return reader;
  const created = new NativeReader(name);
  allReaders.push(created);
  return created;
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
  const code = pcscErrorCode(error);
  return code !== undefined && CARD_OR_READER_CODES.has(code);
}

/** Probes a reader with a shared connect, then disconnects at once, leaving the card as it was. */
export async function probeReader(name: string): Promise<ReaderProbe> {
  const reader = borrowReader(name);
  try {
    await reader.connect();
  } catch (error) {
    if (handleStillUsable(error)) returnReader(reader);
    const code = pcscErrorCode(error);
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
  }
  return "card";
}
