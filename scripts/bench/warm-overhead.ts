// SPDX-License-Identifier: MIT
import { PassThrough } from "node:stream";
import { CardFactsCache } from "../../host/card/card-facts";
import type { CardAccess } from "../../host/card/card-session";
import type { CardTransport } from "../../host/card/card-transport";
import { PcscService } from "../../host/card/pcsc/pcsc-service";
import { commandHandler } from "../../host/commands/dispatch";
import { HostConfigSchema } from "../../host/config/host-config";
import { SILENT_LOGGER } from "../../host/log/host-logger";
import { runMessageLoop } from "../../host/transport/message-loop";
import type { HostRequestInput } from "../../shared/protocol/native";
import { frame } from "../../test/integration/support-host";
import { digestInfoOf } from "../../test/drivers/card-operations";
import { since } from "../../test/drivers/stats";
import { TEST_PINS } from "../../test/support/test-pins";

/** One warm request: the whole time from frame in to frame out, and the part of it spent inside PC/SC calls. */
export interface WarmRun {
  readonly totalMs: number;
  readonly pcscMs: number;
  readonly overheadMs: number;
}

/** The host's CardAccess with a stopwatch around every PC/SC call (connect, transmit, disconnect). */
function timedAccess(service: PcscService, clock: { pcscMs: number }): CardAccess {
  const timed = async <T>(call: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await call();
    } finally {
      clock.pcscMs += since(start);
    }
  };
  return {
    readerNames: () => timed(() => service.readerNames()),
    insertionId: (reader) => service.insertionId(reader),
    connect: async (reader) => {
      const transport = await timed(() => service.connect(reader));
      const wrapped: CardTransport = {
        transmit: (apdu) => timed(() => transport.transmit(apdu)),
        disconnect: () => timed(() => transport.disconnect()),
      };
      return wrapped;
    },
  };
}

/**
 * The host's own request path in this process: framing, zod parsing, dispatch, card driver, certificate checks,
 * result schema, reply framing, over streams (no pipes, so process scheduling is not counted). After `warmUp`
 * requests (PKI.js loaded, certificates cached for the insertion) each request is timed; PC/SC time is subtracted.
 */
export async function measureWarmOverhead(
  readerName: string,
  command: "pin-status" | "authenticate",
  runs: number,
  warmUp = 2,
): Promise<WarmRun[]> {
  const clock = { pcscMs: 0 };
  const input = new PassThrough();
  const output = new PassThrough();
  const config = HostConfigSchema.parse({ reader: readerName });
  const handle = commandHandler({
    cards: timedAccess(new PcscService(config.timeouts), clock),
    config,
    cardFacts: new CardFactsCache(),
    uuid: () => "0123456789abcdef0123456789abcdef",
    now: () => new Date(),
  });
  const loop = runMessageLoop({ input, output, handle, log: SILENT_LOGGER });
  const request = (id: string): HostRequestInput =>
    command === "pin-status"
      ? { id, command, reader: readerName, pin: "auth" }
      : { id, command, reader: readerName, pin: TEST_PINS.auth, digest: digestInfoOf("warm").toString("base64") };
  const exchange = (message: HostRequestInput): Promise<void> =>
    new Promise((resolve) => {
      output.once("data", () => resolve());
      input.write(frame(message));
    });
  const results: WarmRun[] = [];
  for (let i = 0; i < warmUp + runs; i++) {
    clock.pcscMs = 0;
    const start = performance.now();
    await exchange(request(`warm-${i}`));
    const totalMs = since(start);
    if (i >= warmUp) results.push({ totalMs, pcscMs: clock.pcscMs, overheadMs: totalMs - clock.pcscMs });
  }
  input.end();
  await loop;
  return results;
}
