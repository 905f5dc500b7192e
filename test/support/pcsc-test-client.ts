// SPDX-License-Identifier: MIT
import { type PcscReader, pcsclite } from "../stack/pcsc-readers";

/** A raw PC/SC connection to one reader, for tests that talk APDUs through pcscd. */
export interface PcscTestConnection {
  readonly reader: PcscReader;
  readonly protocol: number;
  /** Sends an APDU; rejects on a PC/SC error or after `timeoutMs` (default 10 s: pcscd has no timeout of its own). */
  transmit(apdu: Uint8Array, timeoutMs?: number): Promise<Uint8Array>;
  /** Disconnects (leaving the card powered) and closes the reader and the context. */
  close(): Promise<void>;
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(`PC/SC error: ${JSON.stringify(error)}`));

/** Extended responses need a receive buffer beyond 258 bytes (pcsc-testing.md). */
const RECEIVE_LENGTH = 65538;

/** Opens a PC/SC context, finds `readerName` and connects to its card (shared mode, T=1). */
export function connectToCard(readerName: string, timeoutMs = 10_000): Promise<PcscTestConnection> {
  return new Promise<PcscTestConnection>((resolve, reject) => {
    let context: ReturnType<ReturnType<typeof pcsclite>>;
    try {
      context = pcsclite()();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    const others: PcscReader[] = [];
    const closeAll = (): void => {
      for (const reader of others) reader.close();
      context.on("error", () => undefined);
      context.close();
    };
    const timer = setTimeout(() => {
      closeAll();
      reject(new Error(`reader "${readerName}" not listed or no card within ${timeoutMs} ms`));
    }, timeoutMs);
    context.on("error", (error: unknown) => reject(asError(error)));
    context.on("reader", (reader) => {
      reader.on("error", () => undefined);
      others.push(reader);
      if (reader.name !== readerName) return;
      reader.connect(
        { share_mode: reader.SCARD_SHARE_SHARED, protocol: reader.SCARD_PROTOCOL_T1 },
        (error, protocol) => {
          clearTimeout(timer);
          if (error) {
            closeAll();
            reject(asError(error));
            return;
          }
          resolve(connection(reader, protocol, closeAll));
        },
      );
    });
  });
}

function connection(reader: PcscReader, protocol: number, closeAll: () => void): PcscTestConnection {
  return {
    reader,
    protocol,
    transmit: (apdu, timeoutMs = 10_000) =>
      new Promise<Uint8Array>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`transmit timed out after ${timeoutMs} ms`)), timeoutMs);
        reader.transmit(Buffer.from(apdu), RECEIVE_LENGTH, protocol, (error, response) => {
          clearTimeout(timer);
          if (error) reject(asError(error));
          else resolve(new Uint8Array(response));
        });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        reader.disconnect(reader.SCARD_LEAVE_CARD, () => {
          closeAll();
          resolve();
        });
      }),
  };
}
