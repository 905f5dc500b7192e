// SPDX-License-Identifier: MIT
import { spawnSync, type SpawnSyncOptions } from "node:child_process";

/** Runs a program and keeps its output to itself unless it fails; then throws with that output. */
export function runQuietly(program: string, args: readonly string[], options: SpawnSyncOptions = {}): void {
  const result = spawnSync(program, [...args], { ...options, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status === 0) return;
  const output = `${String(result.stdout)}${String(result.stderr)}`.trim();
  throw new Error(
    `${program} ${args.join(" ")} failed (${result.error?.message ?? `exit ${result.status}`}):\n${output}`,
  );
}
