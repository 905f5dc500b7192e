// SPDX-License-Identifier: MIT
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launcherFileName, launcherScript } from "../../host/install/launcher";
import type { HostRequestInput } from "../../shared/protocol/native";
import type { EmulatedCard } from "../emulator/start-emulated-card";
import { HOST_BUNDLE, frame, hostConfigDir, startHost, type HostProcess } from "../integration/support-host";
import { HOST_EXECUTABLE } from "../support/host-executable";
import { waitForCardPresence } from "../stack/pcsc-readers";
import { digestInfoOf, type OperationRun } from "./card-operations";
import { since } from "./stats";
import { TEST_PINS } from "../support/test-pins";

/** The complete replies the goals name. */
export type CompleteReply = "mode-01 cold" | "mode-01 cached" | "mode-02 two digests cold";

/** Takes the card out and puts it back, and waits until pcscd (and so every host) has seen both. */
export async function reinsert(card: EmulatedCard): Promise<void> {
  card.remove();
  await waitForCardPresence(card.readerName, false, 10_000);
  await card.insert();
  await waitForCardPresence(card.readerName, true, 10_000);
  // The host's own reader monitor reports the new insertion asynchronously; give it a moment.
  await new Promise((resolve) => setTimeout(resolve, 150));
}

let requestCounter = 0;

function requestFor(reply: CompleteReply, readerName: string): HostRequestInput {
  const id = `bench-${++requestCounter}`;
  if (reply === "mode-02 two digests cold") {
    const digests = [digestInfoOf("a"), digestInfoOf("b")].map((digest) => digest.toString("base64"));
    return { id, command: "sign", reader: readerName, pin: TEST_PINS.sign, digests };
  }
  return {
    id,
    command: "authenticate",
    reader: readerName,
    pin: TEST_PINS.auth,
    digest: digestInfoOf("c").toString("base64"),
  };
}

/** A long-lived host as the extension keeps it (one process per browser port), pinned to the bench reader. */
export function startBenchHost(): HostProcess {
  return startHost(hostConfigDir({ timeouts: { connectMs: 10_000, apduMs: 15_000 } }));
}

/**
 * One complete reply through the real host process: request written → reply read. "cold" replies follow a
 * removal and reinsertion of the card (so nothing is cached); "cached" follows a cold one on the same insertion.
 */
export async function runCompleteReply(
  reply: CompleteReply,
  host: HostProcess,
  card: EmulatedCard,
): Promise<OperationRun> {
  for (let attempt = 1; ; attempt++) {
    if (reply === "mode-01 cached") await host.request(requestFor("mode-01 cold", card.readerName));
    else await reinsert(card);
    const before = card.model.apduLog.length;
    const start = performance.now();
    const answer = await host.request(requestFor(reply, card.readerName));
    const ms = since(start);
    if (answer.ok) return { ms, apdus: card.model.apduLog.length - before };
    // Another run on the shared pcscd may probe this reader for a moment (CARD_BUSY): try again, at most 3 times.
    if (answer.error.code !== "CARD_BUSY" || attempt >= 3)
      throw new Error(`host answered ${answer.error.code} to ${reply}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** Spawns a process and resolves with the time until its first stdout bytes. */
function timeToFirstOutput(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  input?: Buffer,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, [...args], { stdio: ["pipe", "pipe", "ignore"], env });
    child.stdout.once("data", () => {
      resolve(since(start));
      child.stdin.end();
    });
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`exited (${code}) before writing anything`)));
    if (input) child.stdin.write(input);
  });
}

let launcherPath: string | undefined;

/** The launcher `install` writes, pointing at the built bundle (made once per bench run). */
function benchLauncher(): string {
  if (launcherPath !== undefined) return launcherPath;
  launcherPath = join(mkdtempSync(join(tmpdir(), "dips-bench-launcher-")), launcherFileName(process.platform));
  writeFileSync(launcherPath, launcherScript(process.platform, process.execPath, HOST_BUNDLE), { mode: 0o755 });
  return launcherPath;
}

/** Host cold starts of one round, in ms. */
export interface ColdStart {
  /** The launcher `install` writes for the bundle on this Node. */
  readonly host: number;
  /** The single executable (what the packages ship), started directly. */
  readonly executable: number;
  /** A bare `node -e` in the launcher's environment. */
  readonly baseline: number;
}

/**
 * Host cold start as a browser causes it: spawn what the manifest names (Chromium's argv) with a `pin-status`
 * request already written → first reply; once for the launcher of the bundle and once for the single executable,
 * the order alternating by `round` so that drifts of the machine hit both alike. Includes the PC/SC context and
 * the card's 3 APDUs. The baseline is a bare `node -e` in the environment the launcher gives node (without
 * NODE_OPTIONS and NODE_EXTRA_CA_CERTS). Each start has a fresh config folder; the executable's koffi.node is
 * already in the user's cache after the first start, as on a user's machine.
 */
export async function coldStart(readerName: string, round: number): Promise<ColdStart> {
  const request = frame({ id: "cold", command: "pin-status", reader: readerName, pin: "auth" });
  const start = (program: string) =>
    timeToFirstOutput(
      program,
      ["chrome-extension://benchextensionid/"],
      { ...process.env, DIPS_COMPANION_CONFIG_DIR: hostConfigDir({}) },
      request,
    );
  let host: number;
  let executable: number;
  if (round % 2 === 0) {
    host = await start(benchLauncher());
    executable = await start(HOST_EXECUTABLE);
  } else {
    executable = await start(HOST_EXECUTABLE);
    host = await start(benchLauncher());
  }
  const launcherEnv: NodeJS.ProcessEnv = { ...process.env };
  delete launcherEnv.NODE_OPTIONS;
  delete launcherEnv.NODE_EXTRA_CA_CERTS;
  const baseline = await timeToFirstOutput(process.execPath, ["-e", "process.stdout.write('x')"], launcherEnv);
  return { host, executable, baseline };
}
