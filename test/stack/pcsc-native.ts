// SPDX-License-Identifier: MIT
import { createRequire } from "node:module";

/**
 * pcsclite's native CardReader used without its JavaScript wrapper. The wrapper starts a status thread for every
 * reader it lists, and closing such a thread can hang the event loop for good: `close()` cancels the thread's
 * SCardGetStatusChange, but a cancel that arrives while the thread is between two calls is lost, and `close()`
 * then joins a thread that waits forever (seen with gdb in this stack). Connect, transmit and disconnect run on
 * libuv's thread pool and need no status thread, so the tests use only those.
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

/** One probing handle per reader name, so polling does not open a PC/SC context per attempt. */
const probes = new Map<string, NativeReader>();

/**
 * Probes a reader with a shared connect (and disconnects at once, leaving the card as it was). A handle whose
 * context went bad (e.g. pcscd restarted) is replaced on the next probe.
 */
export async function probeReader(name: string): Promise<ReaderProbe> {
  let reader = probes.get(name);
  try {
    if (!reader) {
      reader = new NativeReader(name);
      probes.set(name, reader);
    }
    await reader.connect();
  } catch (error) {
    const code = pcscErrorCode(error);
    if (code === SCARD.E_SHARING_VIOLATION) return "card";
    if (code === SCARD.E_NO_SMARTCARD) return "empty";
    if (code === SCARD.E_UNKNOWN_READER) return "unknown-reader";
    probes.delete(name);
    return code === SCARD.E_NO_SERVICE ? "no-service" : "error";
  }
  await reader.disconnect().catch(() => probes.delete(name));
  return "card";
}
