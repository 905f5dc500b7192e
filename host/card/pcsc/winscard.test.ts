// SPDX-License-Identifier: MIT
/**
 * The per-context line of calls (winscard.ts): a call on a context starts only once the earlier one has returned,
 * so a hung SCardTransmit never has a second call wait for its context's lock inside pcsc-lite. The binding here is
 * a recording stand-in whose calls return when the test says; the real one is exercised through pcscd by the
 * integration tests (host-faults: "a hung card → CARD_TIMEOUT …").
 */
import { describe, expect, it } from "vitest";
import { pcscAbi } from "./pcsc-abi";
import type { PcscBinding } from "./pcsc-binding";
import { WinscardContext } from "./winscard";

interface Pending {
  readonly name: string;
  finish(code?: number): void;
}

function recordingBinding(): { binding: PcscBinding; started: string[]; pending: Pending[] } {
  const started: string[] = [];
  const pending: Pending[] = [];
  const call =
    (name: string) =>
    (...args: unknown[]): Promise<number> => {
      started.push(name);
      if (name === "connect") (args[4] as [unknown])[0] = 7;
      return new Promise((resolve) => pending.push({ name, finish: (code = 0) => resolve(code) }));
    };
  const abi = pcscAbi("linux");
  if (abi === undefined) throw new Error("no linux ABI");
  const binding = {
    abi,
    establishContext: (_scope: number, _a: null, _b: null, context: [unknown]) => ((context[0] = 1), 0),
    releaseContext: call("release"),
    cancel: () => 0,
    listReaders: () => 0,
    getStatusChange: call("getStatusChange"),
    connect: call("connect"),
    transmit: call("transmit"),
    disconnect: call("disconnect"),
  } as unknown as PcscBinding;
  return { binding, started, pending };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("WinscardContext", () => {
  it("starts a card's disconnect and the context's release only after a hung transmit has returned", async () => {
    const { binding, started, pending } = recordingBinding();
    const context = WinscardContext.establish(binding);
    const connecting = context.connect("reader", 1, 3);
    await tick();
    pending.shift()?.finish();
    const card = await connecting;

    const transmitting = card.transmit(Uint8Array.of(0x00, 0xa4, 0x04, 0x0c));
    const disconnecting = card.disconnect(1);
    const releasing = context.release();
    await tick();
    expect(started).toEqual(["connect", "transmit"]);

    pending.shift()?.finish(0x80100069); // the transmit finally returns (card removed)
    await expect(transmitting).rejects.toMatchObject({ code: 0x80100069 });
    await tick();
    expect(started).toEqual(["connect", "transmit", "disconnect"]);
    pending.shift()?.finish();
    await disconnecting;
    await tick();
    expect(started).toEqual(["connect", "transmit", "disconnect", "release"]);
    pending.shift()?.finish();
    await releasing;
  });

  it("reads SCARD_E_TIMEOUT of a status wait as no change", async () => {
    const { binding, pending } = recordingBinding();
    const context = WinscardContext.establish(binding);
    const waiting = context.waitForChange([{ name: "reader", state: 0 }], 0);
    await tick();
    pending.shift()?.finish(0x8010000a);
    await expect(waiting).resolves.toBeUndefined();
  });
});
