// SPDX-License-Identifier: MIT
import { borrowReader, handleStillUsable, type NativeReader, returnReader, SCARD } from "../stack/pcsc-native";

/** A raw PC/SC connection to one reader, for tests that talk APDUs through pcscd. */
export interface PcscTestConnection {
  readonly readerName: string;
  readonly protocol: number;
  /** Sends an APDU; rejects on a PC/SC error or after `timeoutMs` (default 10 s: pcscd has no timeout of its own). */
  transmit(apdu: Uint8Array, timeoutMs?: number): Promise<Uint8Array>;
  /** Disconnects, leaving the card powered (a later connect finds it as it was). */
  close(): Promise<void>;
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out after ${timeoutMs} ms`)), timeoutMs);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

async function connectOnce(readerName: string, timeoutMs: number): Promise<[NativeReader, number]> {
  const reader = borrowReader(readerName);
  try {
    return [reader, await withTimeout(reader.connect(SCARD.SHARE_SHARED, SCARD.PROTOCOL_T1), timeoutMs, "connect")];
  } catch (error) {
    if (handleStillUsable(error)) returnReader(reader);
    else void reader.close();
    throw error;
  }
}

/**
 * Connects to the card in `readerName` (shared mode, T=1) through the host's winscard binding (see pcsc-native.ts). A handle left broken by a pcscd restart is replaced.
 */
export async function connectToCard(readerName: string, timeoutMs = 10_000): Promise<PcscTestConnection> {
  const [reader, protocol] = await connectOnce(readerName, timeoutMs).catch((error: unknown) => {
    if (handleStillUsable(error)) throw error;
    return connectOnce(readerName, timeoutMs);
  });
  let closed = false;
  return {
    readerName,
    protocol,
    transmit: (apdu, transmitTimeoutMs = 10_000) => withTimeout(reader.transmit(apdu), transmitTimeoutMs, "transmit"),
    close: async () => {
      if (closed) return;
      closed = true;
      // After a failure (card gone, pcscd restarted) the handle is left alone rather than reused.
      await withTimeout(reader.disconnect(SCARD.LEAVE_CARD), 10_000, "disconnect").then(() => returnReader(reader));
    },
  };
}
