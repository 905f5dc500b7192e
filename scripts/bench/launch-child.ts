// SPDX-License-Identifier: MIT
import { execFile } from "node:child_process";
import { join } from "node:path";
import { z } from "zod";
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

/**
 * Runs the launchApp → recvMsg measurement in its own process (build/bench/e2e/launch-driver.mjs, built by
 * scripts/bench.mjs). Asynchronous: the emulated card in this process keeps answering meanwhile.
 */
export function measureLaunchToReplyInChild(root: string, readerName: string, runs: number): Promise<LaunchRun[]> {
  const driver = join(root, "build/bench/e2e/launch-driver.mjs");
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [driver, readerName, String(runs)], { timeout: 600_000 }, (error, stdout, stderr) => {
      if (error) {
        const lines = (stderr || error.message).split("\n").filter((line) => line.trim() !== "");
        const reason = lines.find((line) => line.includes("Error")) ?? lines[0] ?? "";
        reject(new Error(`launch driver failed: ${reason.trim()}`));
        return;
      }
      const last = stdout.trim().split("\n").at(-1) ?? "[]";
      resolve(LaunchRunsSchema.parse(JSON.parse(last)));
    });
  });
}
