// SPDX-License-Identifier: MIT
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { counted, runOpensc } from "../drivers/card-operations";
import { runCompleteReply, startBenchHost } from "../drivers/host-replies";
import { type OpenscTools, pinOpenscToReader } from "../drivers/opensc-tools";
import { STACK_READER_NAMES } from "../stack/stack-layout";
import { useCardStack } from "../support/use-card-stack";
import { buildHost, type HostProcess } from "./support-host";

/**
 * APDU budget of the complete replies (README → Performance), counted by the card emulator: our host against OpenSC
 * doing the same card work (read the certificate, log in, sign) with its tools, through the same pcscd.
 */
const stack = useCardStack();
let host: HostProcess;
let opensc: OpenscTools;

beforeAll(() => {
  buildHost();
  host = startBenchHost();
  opensc = pinOpenscToReader(stack.readerName, STACK_READER_NAMES);
});
afterAll(async () => {
  await host.close();
});

const openscMode01 = async (): Promise<number> =>
  (
    await counted(
      stack.card,
      async () => (await runOpensc("read auth certificate", opensc)) + (await runOpensc("authentication", opensc)),
    )
  ).apdus;

describe("APDUs per complete reply", () => {
  it("mode 01 on a freshly inserted card: at most 13 APDUs and at most 0.2× OpenSC's", async () => {
    const ours = await runCompleteReply("mode-01 cold", host, stack.card);
    expect(ours.apdus).toBeLessThanOrEqual(13);
    expect(ours.apdus).toBeLessThanOrEqual(0.2 * (await openscMode01()));
  });

  it("mode 01 again on the same insertion: at most 6 APDUs (certificates and manufacture number cached)", async () => {
    const ours = await runCompleteReply("mode-01 cached", host, stack.card);
    expect(ours.apdus).toBeLessThanOrEqual(6);
    // Still a VERIFY of the PIN: a verified state is never assumed.
    const last = stack.card.model.apduLog.slice(-ours.apdus);
    expect(last.filter((entry) => entry.ins === 0x20 && entry.command.length > 8)).toHaveLength(1);
  });

  it("after a removal and reinsertion nothing is reused: the next mode 01 reads the card again", async () => {
    const ours = await runCompleteReply("mode-01 cold", host, stack.card);
    expect(ours.apdus).toBeGreaterThan(6);
  });

  it("mode 02 with two digests on a freshly inserted card: at most 15 APDUs and at most 0.2× OpenSC's", async () => {
    const ours = await runCompleteReply("mode-02 two digests cold", host, stack.card);
    expect(ours.apdus).toBeLessThanOrEqual(15);
    const theirs = await counted(stack.card, async () => {
      let ms = await runOpensc("read signing certificate", opensc);
      for (let i = 0; i < 2; i++) ms += await runOpensc("sign one digest", opensc);
      return ms;
    });
    expect(ours.apdus).toBeLessThanOrEqual(0.2 * theirs.apdus);
  });
});
