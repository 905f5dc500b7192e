// SPDX-License-Identifier: MIT
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PcscService } from "../../host/card/pcsc/pcsc-service";
import { startEmulatedCard, type EmulatedCard } from "../../test/emulator/start-emulated-card";
import { startPcscStack, stopPcscd, type PcscdStatus } from "../../test/stack/pcscd-process";
import { waitForCardPresence } from "../../test/stack/pcsc-readers";
import { acquireReaderPort, type ReaderPort } from "../../test/stack/reader-ports";
import { STACK_READER_NAMES } from "../../test/stack/stack-layout";
import { bundleSizes } from "./bundle-sizes";
import { executableSizes } from "./executable-sizes";
import { ensureHostExecutable } from "../../test/support/host-executable";
import { CARD_OPERATIONS, counted, runOpensc, runOurs, type OperationRun } from "../../test/drivers/card-operations";
import { coldStart, runCompleteReply, startBenchHost, type CompleteReply } from "../../test/drivers/host-replies";
import { measureColdLaunchInChild, measureLaunchToReplyInChild } from "./launch-child";
import { pinOpenscToReader } from "../../test/drivers/opensc-tools";
import { corpusSummaryRow, corpusTable, scoreCorpus } from "./prefill-corpus";
import { measurePrefill, measurePrefillInChromium } from "./prefill-timing";
import {
  coldLaunchRows,
  coldStartRows,
  launchRows,
  markdownReport,
  type BenchResults,
  type ColdLaunchSummary,
  type Comparison,
} from "./report";
import { summarize } from "../../test/drivers/stats";
import { measureWarmOverhead } from "./warm-overhead";

const compare = (name: string, ours: OperationRun[], opensc: OperationRun[], oursShortApdus?: number): Comparison => ({
  name,
  oursMs: summarize(ours.map((run) => run.ms)),
  openscMs: summarize(opensc.map((run) => run.ms)),
  oursApdus: summarize(ours.map((run) => run.apdus)),
  openscApdus: summarize(opensc.map((run) => run.apdus)),
  ...(oursShortApdus === undefined ? {} : { oursShortApdus }),
});

/** `npm run bench [-- --runs N]`: measures, writes bench/results.json and prints the markdown table. */
export async function main(root: string, args: readonly string[]): Promise<number> {
  const runsArg = args.indexOf("--runs");
  const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 7;
  const onlyArg = args.indexOf("--only");
  if (onlyArg >= 0) {
    if (args[onlyArg + 1] === "executable") return executableOnly(root, runs);
    if (args[onlyArg + 1] === "corpus") return corpusOnly(root);
    if (args[onlyArg + 1] !== "launch") throw new Error("--only takes one part: launch, executable or corpus");
    return launchOnly(root, runs);
  }
  // The host the bench starts is the single executable the packages ship, built from the current script.
  ensureHostExecutable();
  return withEmulatedCard((card, port) => compareAll(root, runs, card, port));
}

/** Everything the bench measures, on the running stack; writes bench/results.json and prints the report. */
async function compareAll(root: string, runs: number, card: EmulatedCard, port: ReaderPort): Promise<number> {
  const host = startBenchHost();
  const service = new PcscService({ connectMs: 10_000, apduMs: 15_000 });
  try {
    const opensc = pinOpenscToReader(port.readerName, STACK_READER_NAMES);
    const operations: Comparison[] = [];
    for (const operation of CARD_OPERATIONS) {
      process.stdout.write(`card operation: ${operation}\n`);
      const ours: OperationRun[] = [];
      const theirs: OperationRun[] = [];
      // Side by side: alternate which one goes first, so drifts of the loaded machine hit both alike.
      for (let i = 0; i < runs; i++) {
        const measureOurs = () => counted(card, () => runOurs(operation, service, port.readerName));
        const measureOpensc = () => counted(card, () => runOpensc(operation, opensc));
        if (i % 2 === 0) {
          ours.push(await measureOurs());
          theirs.push(await measureOpensc());
        } else {
          theirs.push(await measureOpensc());
          ours.push(await measureOurs());
        }
      }
      const short = await counted(card, () => runOurs(operation, service, port.readerName, false));
      operations.push(compare(operation, ours, theirs, short.apdus));
    }
    const replies: Comparison[] = [];
    const openscWork: Record<CompleteReply, () => Promise<number>> = {
      "mode-01 cold": async () =>
        (await runOpensc("read auth certificate", opensc)) + (await runOpensc("authentication", opensc)),
      "mode-01 cached": async () =>
        (await runOpensc("read auth certificate", opensc)) + (await runOpensc("authentication", opensc)),
      "mode-02 two digests cold": async () =>
        (await runOpensc("read signing certificate", opensc)) +
        (await runOpensc("sign one digest", opensc)) +
        (await runOpensc("sign one digest", opensc)),
    };
    for (const reply of Object.keys(openscWork) as CompleteReply[]) {
      process.stdout.write(`complete reply: ${reply}\n`);
      const ours: OperationRun[] = [];
      const theirs: OperationRun[] = [];
      for (let i = 0; i < runs; i++) {
        ours.push(await runCompleteReply(reply, host, card));
        theirs.push(await counted(card, openscWork[reply]));
      }
      replies.push(compare(reply, ours, theirs));
    }
    process.stdout.write("host cold start, warm overhead, prefill, bundle sizes\n");
    const cold = await measureColdStarts(port.readerName, runs);
    const warm = {
      "pin-status": await measureWarmOverhead(port.readerName, "pin-status", runs * 3),
      "authenticate (cached insertion)": await measureWarmOverhead(port.readerName, "authenticate", runs * 3),
    };
    const prefill = await measurePrefillInChromium(root, runs * 3);
    const prefillHappyDom = measurePrefill(root, runs);
    const prefillCorpus = scoreCorpus(root);
    const launch = await measureLaunch(root, port.readerName, runs);
    const coldLaunch = await measureColdLaunches(root, port.readerName, runs);
    const results: BenchResults = {
      measuredAt: new Date().toISOString(),
      runs,
      readerName: port.readerName,
      operations,
      replies,
      coldStartMs: cold,
      warmOverheadMs: Object.fromEntries(
        Object.entries(warm).map(([name, list]) => [
          name,
          { overhead: summarize(list.map((run) => run.overheadMs)), pcsc: summarize(list.map((run) => run.pcscMs)) },
        ]),
      ),
      prefill: {
        ms: summarize(prefill.times),
        fieldsFilled: prefill.filled,
        uas: 10,
        happyDomMs: summarize(prefillHappyDom.times),
      },
      prefillCorpus,
      bundles: bundleSizes(root),
      executables: executableSizes(root),
      ...launch,
      coldLaunch,
    };
    mkdirSync(join(root, "bench"), { recursive: true });
    writeFileSync(join(root, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`\n${markdownReport(results)}\n`);
    return 0;
  } finally {
    await host.close();
  }
}

/**
 * pcscd and the emulated card on a reader of this run's own, the card present, for the
 * time of `run`; stopped after it however it ends.
 */
async function withEmulatedCard<T>(
  run: (card: EmulatedCard, port: ReaderPort, pcscd: PcscdStatus) => Promise<T>,
): Promise<T> {
  const port = acquireReaderPort();
  const pcscd = await startPcscStack();
  process.stdout.write(`pcscd pid ${pcscd.pid}\n`);
  const card = await startEmulatedCard({ port: port.port });
  try {
    await waitForCardPresence(port.readerName, true, 10_000);
    return await run(card, port, pcscd);
  } finally {
    card.close();
    port.release();
    await stopPcscd();
  }
}

type LaunchResults = Pick<BenchResults, "launchToReply" | "launchProblem">;

/** `launchApp` → `recvMsg` through Chromium with the built extension, summarized; a failure is reported, not thrown. */
async function measureLaunch(root: string, readerName: string, runs: number): Promise<LaunchResults> {
  process.stdout.write("launchApp → recvMsg through Chromium with the extension\n");
  try {
    const launches = await measureLaunchToReplyInChild(root, readerName, runs);
    const of = (part: keyof (typeof launches)[number]) => summarize(launches.map((run) => run[part]));
    return {
      launchToReply: {
        overhead: of("overheadMs"),
        total: of("totalMs"),
        pin: of("pinMs"),
        host: of("hostMs"),
        toReady: of("toReadyMs"),
        toWindow: of("toWindowMs"),
        pageBytes: of("pageBytesMs"),
        pageLoaded: of("pageLoadedMs"),
        afterSubmit: of("afterSubmitMs"),
        messaging: of("messagingMs"),
        blankWindow: of("blankWindowMs"),
        aboveBlankWindow: summarize(launches.map((run) => run.overheadMs - run.blankWindowMs)),
      },
    };
  } catch (error) {
    return {
      launchToReply: null,
      launchProblem: error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error),
    };
  }
}

/** `npm run bench -- --only launch`: the launch rows alone, printed; bench/results.json is left as it is. */
async function launchOnly(root: string, runs: number): Promise<number> {
  return withEmulatedCard(async (_card, port) => {
    const launch = await measureLaunch(root, port.readerName, runs);
    process.stdout.write(
      `\n| Host and extension | Measured | Goal |\n|---|---|---|\n${launchRows(launch).join("\n")}\n`,
    );
    return launch.launchToReply === null ? 1 : 0;
  });
}

/**
 * Host cold starts through the bundle's launcher and through the single executable, in the same rounds. Process
 * starts vary more than anything else here (the baseline alone spans ±15 %): three times the runs.
 */
async function measureColdStarts(readerName: string, runs: number): Promise<BenchResults["coldStartMs"]> {
  const rounds = [];
  for (let round = 0; round < runs * 3; round++) rounds.push(await coldStart(readerName, round));
  return {
    host: summarize(rounds.map((round) => round.host)),
    executable: summarize(rounds.map((round) => round.executable)),
    nodeBaseline: summarize(rounds.map((round) => round.baseline)),
  };
}

/**
 * The first request after a stopped background with no host running, in Chromium and in Firefox, summarized; a
 * browser that fails is reported, not thrown.
 */
async function measureColdLaunches(
  root: string,
  readerName: string,
  runs: number,
): Promise<Record<string, ColdLaunchSummary | string>> {
  const measured: Record<string, ColdLaunchSummary | string> = {};
  for (const kind of ["chromium", "firefox"] as const) {
    process.stdout.write(`first request after a stopped background, ${kind}\n`);
    try {
      const launches = await measureColdLaunchInChild(root, readerName, runs, kind);
      measured[kind] = {
        total: summarize(launches.map((run) => run.totalMs)),
        toReady: summarize(launches.map((run) => run.toReadyMs)),
        host: summarize(launches.map((run) => run.hostMs)),
        withoutUser: summarize(launches.map((run) => run.totalMs - run.userMs)),
      };
    } catch (error) {
      measured[kind] = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    }
  }
  return measured;
}

/**
 * `npm run bench -- --only executable`: cold starts, first requests after a stopped background, and executable
 * sizes, printed; bench/results.json untouched.
 */
async function executableOnly(root: string, runs: number): Promise<number> {
  const sizes = executableSizes(root);
  return withEmulatedCard(async (_card, port) => {
    const cold = await measureColdStarts(port.readerName, runs);
    const launches = await measureColdLaunches(root, port.readerName, runs);
    const rows = [...coldStartRows(cold), ...coldLaunchRows(launches)];
    process.stdout.write(`\n| Host | Measured | Goal |\n|---|---|---|\n${rows.join("\n")}\n`);
    process.stdout.write("\n| Single executable | size | gzip |\n|---|---|---|\n");
    for (const size of sizes)
      process.stdout.write(
        `| ${size.target} | ${(size.bytes / 1024 / 1024).toFixed(1)} MB | ${(size.gzipBytes / 1024 / 1024).toFixed(1)} MB |\n`,
      );
    return 0;
  });
}

/**
 * `npm run bench -- --only corpus`: prefill on the markup corpus, printed (needs no card stack); bench/results.json
 * untouched. Exits 1 when a control ends wrong or fewer than 97 % end right.
 */
function corpusOnly(root: string): number {
  const pages = scoreCorpus(root);
  const summary = corpusSummaryRow(pages);
  process.stdout.write(
    `\n| Host and extension | Measured | Goal |\n|---|---|---|\n${summary}\n\n${corpusTable(pages)}\n`,
  );
  return summary.includes("✅") ? 0 : 1;
}
