// SPDX-License-Identifier: MIT
import { startEmulatedCard } from "../emulator/start-emulated-card";
import { connectToCard } from "../support/pcsc-test-client";
import { waitForCardPresence } from "./pcsc-readers";

/** Round-trip figures of one measurement, in milliseconds. */
export interface RoundTripFigures {
  readonly count: number;
  readonly medianMs: number;
  readonly meanMs: number;
  readonly p95Ms: number;
}

/** SELECT of the JPKI AP: a small APDU with a status-word-only answer. */
const SELECT_JPKI = Uint8Array.from(Buffer.from("00A4040C0AD392F000260100000001", "hex"));

/**
 * Times `count` small APDUs through the running pcscd to a fresh emulated card (on a reserved reader port).
 * The stack must be running. The emulator sets TCP_QUICKACK on its vpcd socket (test/emulator/quick-ack.ts).
 */
export async function measureRoundTrip(count = 200): Promise<RoundTripFigures> {
  const card = await startEmulatedCard();
  try {
    await waitForCardPresence(card.readerName, true, 10_000);
    const connection = await connectToCard(card.readerName);
    try {
      for (let i = 0; i < 5; i++) await connection.transmit(SELECT_JPKI); // warm-up
      const times: number[] = [];
      for (let i = 0; i < count; i++) {
        const start = process.hrtime.bigint();
        await connection.transmit(SELECT_JPKI);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      times.sort((a, b) => a - b);
      const at = (fraction: number): number =>
        times[Math.min(times.length - 1, Math.floor(fraction * times.length))] ?? NaN;
      const meanMs = times.reduce((sum, time) => sum + time, 0) / times.length;
      return { count, medianMs: at(0.5), meanMs, p95Ms: at(0.95) };
    } finally {
      await connection.close();
    }
  } finally {
    card.close();
  }
}
