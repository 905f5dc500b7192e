// SPDX-License-Identifier: MIT
import { createRequire } from "node:module";
import { probeReader, type ReaderProbe } from "./pcsc-native";

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
export interface PcscContext {
  on(event: "reader", listener: (reader: PcscReader) => void): this;
  on(event: "error", listener: (error: unknown) => void): this;
  close(): void;
}

/**
 * Closed pcsclite objects kept reachable. pcsclite 1.0.1 delivers one last status event after `close()` and reads
 * the C++ object in it; if the garbage collector freed the object first, that callback locks a freed mutex and
 * the event loop hangs for good (seen here with gdb). Readers are let go on their "end" event; contexts emit none,
 * so they stay (a few hundred bytes each).
 */
const closedObjects = new Set<object>();

/** Closes a reader without letting it be collected before pcsclite is done with it. */
export function closeReader(reader: PcscReader): void {
  closedObjects.add(reader);
  reader.on("end", () => closedObjects.delete(reader));
  reader.close();
}

/** Closes a context, keeping it reachable (see `closedObjects`). */
export function closeContext(context: PcscContext): void {
  closedObjects.add(context);
  context.on("error", () => undefined);
  context.close();
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
 * Prefer `NativeReader` (pcsc-native.ts): this uses pcsclite's wrapper, whose per-reader status threads can hang
 * on close when a status change races it. Kept for tests that want pcsclite's own objects.
 *
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
        for (const reader of readers) closeReader(reader);
        closeContext(context);
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

async function poll<T>(attempt: () => Promise<T | undefined>, timeoutMs: number, describe: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await attempt();
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error(describe());
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves when pcscd lists every one of `names` (probed with connects; no status threads). */
export async function waitForReaders(names: readonly string[], timeoutMs: number): Promise<void> {
  let missing: string[] = [...names];
  let lastProbe: ReaderProbe | undefined;
  await poll(
    async () => {
      const probes = await Promise.all(missing.map(async (name) => [name, await probeReader(name)] as const));
      lastProbe = probes.find(([, probe]) => probe === "no-service" || probe === "unknown-reader")?.[1];
      missing = probes
        .filter(([, probe]) => probe === "no-service" || probe === "unknown-reader")
        .map(([name]) => name);
      return missing.length === 0 ? true : undefined;
    },
    timeoutMs,
    () => `pcscd does not list ${missing.join(", ")} (${lastProbe ?? "?"}) after ${timeoutMs} ms`,
  );
}

/**
 * Resolves when the reader has a card (`true`: a shared connect succeeds or is refused for sharing) or has none
 * (`false`: pcscd answers SCARD_E_NO_SMARTCARD). Probes every 50 ms without status threads.
 */
export async function waitForCardPresence(readerName: string, present: boolean, timeoutMs: number): Promise<void> {
  let last: ReaderProbe | undefined;
  await poll(
    async () => {
      last = await probeReader(readerName);
      return last === (present ? "card" : "empty") ? true : undefined;
    },
    timeoutMs,
    () =>
      `reader "${readerName}": card still ${present ? "absent" : "present"} after ${timeoutMs} ms (last probe: ${last ?? "?"})`,
  );
}
