// SPDX-License-Identifier: MIT
import { execFile } from "node:child_process";
import { join } from "node:path";
import { z } from "zod";
import type { ColdLaunchRun } from "./launch-cold";
import type { LaunchRun } from "./launch-latency";

const LaunchRunsSchema = z.array(
  z.object({
    totalMs: z.number(),
    pinMs: z.number(),
    hostMs: z.number(),
    toReadyMs: z.number(),
    toWindowMs: z.number(),
    pageBytesMs: z.number(),
    pageLoadedMs: z.number(),
    afterSubmitMs: z.number(),
    messagingMs: z.number(),
    overheadMs: z.number(),
    blankWindowMs: z.number(),
  }),
);

const ColdLaunchRunsSchema = z.array(
  z.object({ totalMs: z.number(), userMs: z.number(), hostMs: z.number(), toReadyMs: z.number() }),
);

/**
 * Runs the browser driver (build/bench/e2e/launch-driver.mjs, built by scripts/bench.mjs) in its own process and
 * resolves with the JSON of its last line. Asynchronous: the emulated card in this process keeps answering meanwhile.
 */
function runDriver(root: string, args: readonly string[]): Promise<unknown> {
  const driver = join(root, "build/bench/e2e/launch-driver.mjs");
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [driver, ...args], { timeout: 600_000 }, (error, stdout, stderr) => {
      if (error) {
        const lines = (stderr || error.message).split("\n").filter((line) => line.trim() !== "");
        const reason = lines.find((line) => line.includes("Error")) ?? lines[0] ?? "";
        reject(new Error(`launch driver failed: ${reason.trim()}`));
        return;
      }
      resolve(JSON.parse(stdout.trim().split("\n").at(-1) ?? "[]"));
    });
  });
}

/** launchApp → recvMsg in Chromium with the background and the host running (launch-latency.ts). */
export async function measureLaunchToReplyInChild(
  root: string,
  readerName: string,
  runs: number,
): Promise<LaunchRun[]> {
  return LaunchRunsSchema.parse(await runDriver(root, [readerName, String(runs)]));
}

/** The first request after a stopped background with no host running (launch-cold.ts). */
export async function measureColdLaunchInChild(
  root: string,
  readerName: string,
  runs: number,
  kind: "chromium" | "firefox",
): Promise<ColdLaunchRun[]> {
  return ColdLaunchRunsSchema.parse(await runDriver(root, [readerName, String(runs), `cold-${kind}`]));
}
