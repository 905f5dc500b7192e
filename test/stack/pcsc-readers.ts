// SPDX-License-Identifier: MIT
import { createRequire } from "node:module";

/** The part of pcsclite's CardReader (node_modules/pcsclite/index.d.ts, not exported there) the tests use. */
export interface PcscReader {
  readonly name: string;
  readonly SCARD_SHARE_SHARED: number;
  readonly SCARD_SHARE_EXCLUSIVE: number;
  readonly SCARD_PROTOCOL_T1: number;
  readonly SCARD_LEAVE_CARD: number;
  readonly SCARD_RESET_CARD: number;
  on(event: "status", listener: (status: { state: number; atr?: Buffer }) => void): this;
  on(event: "error", listener: (error: Error) => void): this;
  on(event: "end", listener: () => void): this;
  connect(
    options: { share_mode?: number; protocol?: number },
    callback: (error: unknown, protocol: number) => void,
  ): void;
  disconnect(disposition: number, callback: (error: unknown) => void): void;
  transmit(
    data: Buffer,
    responseLength: number,
    protocol: number,
    callback: (error: unknown, response: Buffer) => void,
  ): void;
  close(): void;
}

/** pcsclite's PC/SC context. */
interface PcscContext {
  on(event: "reader", listener: (reader: PcscReader) => void): this;
  on(event: "error", listener: (error: unknown) => void): this;
  close(): void;
}

/** SCARD_STATE_PRESENT (pcsclite.h): a card is in the reader. */
export const SCARD_STATE_PRESENT = 0x20;

type PcscFactory = () => PcscContext;
let factory: PcscFactory | undefined;

/** The pcsclite binding (CommonJS, loaded lazily); calling it throws when pcscd is not running. */
export function pcsclite(): PcscFactory {
  factory ??= createRequire(import.meta.url)("pcsclite") as PcscFactory;
  return factory;
}

/**
 * Opens a PC/SC context, calls `onReader` for every reader it lists, and resolves with what `settle` resolves;
 * always closes every reader and the context. Rejects when pcscd is not reachable.
 */
export function watchReaders<T>(
  onReader: (reader: PcscReader, settle: (value: T) => void) => void,
  timeoutMs: number,
  describeTimeout: () => string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let context: PcscContext;
    try {
      context = pcsclite()();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    const readers: PcscReader[] = [];
    let done = false;
    const finish = (outcome: () => void): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      // Not synchronously: pcsclite holds the reader's mutex while it emits "status", and close() takes it too.
      setImmediate(() => {
        for (const reader of readers) reader.close();
        context.on("error", () => undefined);
        context.close();
        outcome();
      });
    };
    const timer = setTimeout(() => finish(() => reject(new Error(describeTimeout()))), timeoutMs);
    context.on("error", (error: unknown) =>
      finish(() => reject(error instanceof Error ? error : new Error(String(error)))),
    );
    context.on("reader", (reader) => {
      readers.push(reader);
      reader.on("error", () => undefined);
      onReader(reader, (value) => finish(() => resolve(value)));
    });
  });
}

/** Resolves when pcscd lists every one of `names`. */
export function waitForReaders(names: readonly string[], timeoutMs: number): Promise<void> {
  const seen = new Set<string>();
  return watchReaders<void>(
    (reader, settle) => {
      seen.add(reader.name);
      if (names.every((name) => seen.has(name))) settle();
    },
    timeoutMs,
    () =>
      `pcscd lists ${[...seen].join(", ") || "no readers"}; missing ${names.filter((name) => !seen.has(name)).join(", ")}`,
  );
}

/** Resolves when the reader reports a card present (`true`) or absent (`false`). */
export function waitForCardPresence(readerName: string, present: boolean, timeoutMs: number): Promise<void> {
  let lastState: number | undefined;
  return watchReaders<void>(
    (reader, settle) => {
      if (reader.name !== readerName) return;
      reader.on("status", (status) => {
        lastState = status.state;
        if (((status.state & SCARD_STATE_PRESENT) !== 0) === present) settle();
      });
    },
    timeoutMs,
    () =>
      `reader "${readerName}": card still ${present ? "absent" : "present"} after ${timeoutMs} ms (state ${lastState ?? "unknown"})`,
  );
}
