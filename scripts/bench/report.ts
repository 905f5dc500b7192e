// SPDX-License-Identifier: MIT
import type { BundleSize } from "./bundle-sizes";
import { corpusSummaryRow, corpusTable, type CorpusPageScore } from "./prefill-corpus";
import type { ExecutableSize } from "./executable-sizes";
import { formatSummary, ratio, type Summary } from "../../test/drivers/stats";

/** One operation measured for us and for OpenSC in the same run. */
export interface Comparison {
  readonly name: string;
  readonly oursMs: Summary;
  readonly openscMs: Summary;
  readonly oursApdus: Summary;
  readonly openscApdus: Summary;
  /** APDUs of one run of ours with extended length switched off (a reader that passes short APDUs only). */
  readonly oursShortApdus?: number;
}

/** Everything `npm run bench` writes to bench/results.json. */
export interface BenchResults {
  readonly measuredAt: string;
  readonly runs: number;
  readonly readerName: string;
  readonly operations: readonly Comparison[];
  readonly replies: readonly Comparison[];
  /** `host`: the launcher of the bundle on this Node; `executable`: the single executable, in the same rounds. */
  readonly coldStartMs: { readonly host: Summary; readonly executable: Summary; readonly nodeBaseline: Summary };
  readonly warmOverheadMs: Readonly<Record<string, { readonly overhead: Summary; readonly pcsc: Summary }>>;
  /** In headless Chromium (the goal's measure); `happyDomMs`: the same in happy-dom, a much slower DOM. */
  readonly prefill: {
    readonly ms: Summary;
    readonly fieldsFilled: number;
    readonly uas: number;
    readonly happyDomMs: Summary;
  };
  /** Prefill on the markup corpus (test/prefill-corpus): controls right / wrong / empty per page. */
  readonly prefillCorpus?: readonly CorpusPageScore[];
  readonly bundles: readonly BundleSize[];
  readonly executables: readonly ExecutableSize[];
  /** `launchApp` → `recvMsg` (Chromium, built extension, real host): the parts, and the rest as overhead. */
  readonly launchToReply: {
    readonly overhead: Summary;
    readonly total: Summary;
    readonly pin: Summary;
    readonly host: Summary;
    readonly toReady: Summary;
    readonly toWindow: Summary;
    readonly pageBytes: Summary;
    readonly pageLoaded: Summary;
    readonly afterSubmit: Summary;
    readonly messaging: Summary;
    /** The browser alone: `windows.create` of a blank page with a one-line script, PIN-window shape → DOMContentLoaded. */
    readonly blankWindow: Summary;
    /** Overhead minus that, round by round: what is ours. */
    readonly aboveBlankWindow: Summary;
  } | null;
  /** Why `launchToReply` could not be measured. */
  readonly launchProblem?: string;
  /** Per browser: the measured first request, or why it could not be measured. */
  readonly coldLaunch?: Readonly<Record<string, ColdLaunchSummary | string>>;
}

/** The first request after a stopped background with no host running, in one browser. */
export interface ColdLaunchSummary {
  /** `launchApp` → `recvMsg`. */
  readonly total: Summary;
  /** `launchApp` → PIN window ready: background start, host start, pin-status, the window. */
  readonly toReady: Summary;
  /** The host's own time for the round's requests (card work). */
  readonly host: Summary;
  /** Total minus the driver's part (PIN window seen ready → PIN submitted). */
  readonly withoutUser: Summary;
}

/** APDU goals of the complete replies (README → Performance). */
const REPLY_APDU_GOALS: Readonly<Record<string, number>> = {
  "mode-01 cold": 13,
  "mode-01 cached": 6,
  "mode-02 two digests cold": 15,
};

const mark = (ok: boolean): string => (ok ? "✅" : "❌");

function comparisonRows(comparisons: readonly Comparison[], withGoals: boolean): string[] {
  return comparisons.map((row) => {
    const apduRatio = ratio(row.oursApdus.median, row.openscApdus.median);
    const msRatio = ratio(row.oursMs.median, row.openscMs.median);
    const goal = REPLY_APDU_GOALS[row.name];
    const apduGoal = withGoals && goal !== undefined ? ` (goal ≤ ${goal} ${mark(row.oursApdus.max <= goal)})` : "";
    const short = row.oursShortApdus === undefined ? "" : ` [short only: ${row.oursShortApdus}]`;
    return (
      `| ${row.name} | ${row.oursApdus.median}${apduGoal}${short} | ${row.openscApdus.median} | ` +
      `${apduRatio} ${mark(apduRatio <= 0.2)} | ${formatSummary(row.oursMs)} | ${formatSummary(row.openscMs)} | ` +
      `${msRatio} ${mark(msRatio <= 0.5)} |`
    );
  });
}

/** The results as the markdown the README's performance section carries. */
export function markdownReport(results: BenchResults): string {
  const header = [
    "| Operation | APDUs ours | APDUs OpenSC | ratio (≤ 0.2) | ms ours, median (min–max) | ms OpenSC | ratio (≤ 0.5) |",
    "|---|---|---|---|---|---|---|",
  ];
  const cold = results.coldStartMs;
  const warmRows = Object.entries(results.warmOverheadMs).map(
    ([name, { overhead, pcsc }]) =>
      `| Warm overhead, ${name} (minus ${pcsc.median.toFixed(2)} ms in PC/SC) | ${formatSummary(overhead, 2)} ms | < 2 ms ${mark(overhead.median < 2)} |`,
  );
  const executableRows = results.executables.map(
    (size) =>
      `| ${size.target} | ${(size.bytes / 1024 / 1024).toFixed(1)} MB | ${(size.gzipBytes / 1024 / 1024).toFixed(1)} MB |`,
  );
  const bundleRows = results.bundles.map(
    (bundle) =>
      `| ${bundle.entry} | ${bundle.files} | ${(bundle.bytes / 1024).toFixed(1)} KB | ${(bundle.gzipBytes / 1024).toFixed(1)} KB |`,
  );
  return [
    `Measured ${results.measuredAt}, ${results.runs} runs each, side by side; pcscd + vpcd, the emulated card acking at ` +
      `once (TCP_QUICKACK); reader \`${results.readerName}\`.`,
    "",
    "**Card operations** (ours: the host's card layer, one exclusive session per operation, empty cache; OpenSC: one tool process per command as a user runs it)",
    "",
    ...header,
    ...comparisonRows(results.operations, false),
    "",
    "**Complete replies** (ours: request → reply through the running host process; OpenSC: the same card work with its tools)",
    "",
    ...header,
    ...comparisonRows(results.replies, true),
    "",
    "| Host and extension | Measured | Goal |",
    "|---|---|---|",
    ...coldStartRows(cold),
    ...warmRows,
    ...launchRows(results),
    ...coldLaunchRows(results.coldLaunch ?? {}),
    ...(results.prefillCorpus ? [corpusSummaryRow(results.prefillCorpus)] : []),
    `| Prefill owner + ${results.prefill.uas} UAs (${results.prefill.fieldsFilled} fields, headless Chromium; happy-dom: ${formatSummary(results.prefill.happyDomMs, 0)} ms) | ${formatSummary(results.prefill.ms, 2)} ms | < 50 ms ${mark(results.prefill.ms.median < 50)} |`,
    "",
    ...(results.prefillCorpus ? ["**Prefill on the corpus**", "", corpusTable(results.prefillCorpus), ""] : []),
    "| Bundle | files | size | gzip |",
    "|---|---|---|---|",
    ...bundleRows,
    "",
    "| Single executable | size | gzip |",
    "|---|---|---|",
    ...executableRows,
  ].join("\n");
}

/** The host cold start rows: the bundle through its launcher and the single executable, measured in the same rounds. */
export function coldStartRows(cold: BenchResults["coldStartMs"]): string[] {
  const times = ratio(cold.executable.median, cold.host.median);
  return [
    `| Host cold start, spawn of the launcher → first reply (bundle on Node ${process.versions.node}; pin-status, incl. PC/SC; ${cold.host.runs} starts) | ${formatSummary(cold.host)} ms (bare \`node -e\`: ${formatSummary(cold.nodeBaseline)} ms) | < 150 ms ${mark(cold.host.median < 150)} |`,
    `| Host cold start, spawn of the single executable → first reply (same rounds) | ${formatSummary(cold.executable)} ms, ${times}× the bundle's | < 150 ms ${mark(cold.executable.median < 150)}, ≤ 1.3× ${mark(times <= 1.3)} |`,
  ];
}

/** The `launchApp` → `recvMsg` rows of the "Host and extension" table (no header). */
export function launchRows(results: Pick<BenchResults, "launchToReply" | "launchProblem">): string[] {
  const launch = results.launchToReply;
  if (launch === null) {
    return [
      `| \`launchApp\` → \`recvMsg\` minus card and PIN time | not measured: ${results.launchProblem ?? "?"} | < 50 ms – |`,
    ];
  }
  return [
    `| \`launchApp\` → \`recvMsg\` minus card and PIN time (total ${formatSummary(launch.total, 0)}: launch → PIN window opens ${formatSummary(launch.toWindow, 0)} → ready ${formatSummary(launch.toReady, 0)}, user ${formatSummary(launch.pin, 0)}, PIN submitted → reply ${formatSummary(launch.afterSubmit, 0)}; host ${formatSummary(launch.host, 0)}) | ${formatSummary(launch.overhead)} ms | < 50 ms ${mark(launch.overhead.median < 50)} |`,
    `| … the browser alone, in the same rounds: \`windows.create\` of a blank extension page with a one-line script (MV3 allows no inline script) in the PIN window's shape → its DOMContentLoaded; no PIN window can run its first line sooner | ${formatSummary(launch.blankWindow)} ms | – |`,
    `| … ours: the overhead minus that, round by round | ${formatSummary(launch.aboveBlankWindow)} ms | – |`,
    `| … of which our messaging and code outside the PIN window (launch → PIN window opens, plus PIN submitted → reply minus the signature); the PIN window's page bytes arrive ${formatSummary(launch.pageBytes, 0)} ms and its DOMContentLoaded comes ${formatSummary(launch.pageLoaded, 0)} ms after its document starts | ${formatSummary(launch.messaging)} ms | – |`,
  ];
}

/** Rows for the first request after a stopped background (no goal of its own: it shows what a user waits). */
export function coldLaunchRows(launches: Readonly<Record<string, ColdLaunchSummary | string>>): string[] {
  return Object.entries(launches).map(([kind, launch]) =>
    typeof launch === "string"
      ? `| First request after a stopped background, no host running, ${kind} | not measured: ${launch} | – |`
      : `| First request after a stopped background, no host running (host executable), ${kind}: \`launchApp\` → \`recvMsg\` minus the driver's typing (total ${formatSummary(launch.total, 0)}; \`launchApp\` → PIN window ready ${formatSummary(launch.toReady, 0)}; host's card work ${formatSummary(launch.host, 0)}) | ${formatSummary(launch.withoutUser, 0)} ms | – |`,
  );
}
