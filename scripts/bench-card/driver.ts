// SPDX-License-Identifier: MIT
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { HostRequestInput } from "../../shared/protocol/native";
import { withCardSession } from "../../host/card/card-session";
import { JpkiAp } from "../../host/card/jpki/jpki-ap";
import { PcscMonitor } from "../../host/card/pcsc/pcsc-monitor";
import { PcscService } from "../../host/card/pcsc/pcsc-service";
import { startEmulatedCard, type EmulatedCard } from "../../test/emulator/start-emulated-card";
import { waitForCardPresence } from "../../test/stack/pcsc-readers";
import { startPcscStack, stopPcscd } from "../../test/stack/pcscd-process";
import { acquireReaderPort } from "../../test/stack/reader-ports";
import { spawnHost } from "./host-client";
import { TEST_PINS } from "../../test/support/test-pins";

const digest = (text: string): string =>
  Buffer.concat([
    Buffer.from("3031300d060960864801650304020105000420", "hex"),
    createHash("sha256").update(text).digest(),
  ]).toString("base64");

/** One measured run: wall time and the APDUs the emulated card saw. */
interface Run {
  ms: number;
  apdus: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function measure(card: EmulatedCard, action: () => Promise<unknown>): Promise<Run> {
  const before = card.model.apduLog.length;
  const started = performance.now();
  await action();
  return { ms: performance.now() - started, apdus: card.model.apduLog.length - before };
}

/** Takes the card out and puts it back, so the host's per-insertion cache starts empty. */
async function reinsert(card: EmulatedCard): Promise<void> {
  card.remove();
  await waitForCardPresence(card.readerName, false, 10_000);
  await card.insert();
  await waitForCardPresence(card.readerName, true, 10_000);
}

export async function main(root: string, args: string[]): Promise<number> {
  const runsArgument = args.indexOf("--runs");
  const runs = runsArgument === -1 ? 5 : Number(args[runsArgument + 1] ?? 5);
  await startPcscStack();
  const port = acquireReaderPort();
  const card = await startEmulatedCard({ port: port.port });
  const reader = port.readerName;
  await waitForCardPresence(reader, true, 10_000);
  const configDir = mkdtempSync(join(tmpdir(), "bench-card-"));
  writeFileSync(join(configDir, "config.json"), JSON.stringify({ reader }));
  let sequence = 0;
  const host = spawnHost(root, configDir);
  const id = (): string => `bench-${++sequence}`;
  const ask = async (request: HostRequestInput): Promise<void> => {
    const reply = await host.request(request);
    if (!reply.ok) throw new Error(`${request.command} failed: ${reply.error.code}`);
  };
  const service = new PcscService({ connectMs: 10_000, apduMs: 15_000 });
  const operations: [string, () => Promise<unknown>][] = [
    [
      "read auth certificate (card layer, no cache)",
      () =>
        withCardSession(service, { reader, extendedLength: true }, async ({ channel, readOptions }) => {
          const jpki = new JpkiAp(channel, readOptions);
          await jpki.selectOrRefuse();
          return jpki.readCertificate("auth");
        }),
    ],
    [
      "sign one digest (mode 02)",
      () => ask({ id: id(), command: "sign", pin: TEST_PINS.sign, digests: [digest("1")] }),
    ],
    [
      "sign three digests (mode 02)",
      () => ask({ id: id(), command: "sign", pin: TEST_PINS.sign, digests: [digest("1"), digest("2"), digest("3")] }),
    ],
    [
      "authenticate (mode 01)",
      () => ask({ id: id(), command: "authenticate", pin: TEST_PINS.auth, digest: digest("challenge") }),
    ],
    ["card-info (mode 04)", () => ask({ id: id(), command: "card-info", pin: TEST_PINS["card-info"] })],
    ["status", () => ask({ id: id(), command: "status" })],
  ];
  const lines: string[] = [];
  try {
    for (const [name, action] of operations) {
      await reinsert(card);
      const cold = await measure(card, action);
      const warm: Run[] = [];
      for (let index = 0; index < runs; index++) warm.push(await measure(card, action));
      lines.push(
        `${name.padEnd(46)} cold ${String(cold.apdus).padStart(3)} APDUs ${cold.ms.toFixed(1).padStart(7)} ms` +
          ` | warm ${String(warm.at(-1)?.apdus ?? 0).padStart(3)} APDUs ${median(warm.map((run) => run.ms))
            .toFixed(1)
            .padStart(7)} ms (median of ${runs})`,
      );
    }
    const starts: number[] = [];
    const firstReplies: number[] = [];
    for (let index = 0; index < runs; index++) {
      const started = performance.now();
      const fresh = spawnHost(root, configDir);
      await fresh.request({ id: "start", command: "pin-status", pin: "auth" });
      starts.push(performance.now() - started);
      await fresh.close();
      const again = performance.now();
      const second = spawnHost(root, configDir);
      await second.request({ id: "status", command: "status" });
      firstReplies.push(performance.now() - again);
      await second.close();
    }
    lines.push(`host cold start, spawn → pin-status reply: median ${median(starts).toFixed(1)} ms (${runs} runs)`);
    lines.push(
      `host cold start, spawn → status reply:     median ${median(firstReplies).toFixed(1)} ms (${runs} runs)`,
    );
  } finally {
    await host.close();
    // The in-process card layer's reader monitor waits in pcscd on a worker thread: while it waits, Node cannot exit.
    await PcscMonitor.stopAll();
    card.close();
    port.release();
    // Only a pcscd this run started, and only when no other run holds a reader port.
    await stopPcscd();
  }
  process.stdout.write(
    `\nCard benchmark: emulated card on "${reader}", pcscd + vpcd, the emulator with TCP_QUICKACK\n` +
      `${lines.join("\n")}\n`,
  );
  return 0;
}
