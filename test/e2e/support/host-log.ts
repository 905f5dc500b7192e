// SPDX-License-Identifier: MIT
/** The built host's own log (JSON lines, enabled by the test's host config): which requests reached the host. */
import { existsSync, readFileSync } from "node:fs";

export interface HostLogLine {
  readonly event: string;
  readonly command?: string;
  readonly code?: string;
}

export function readHostLog(file: string): HostLogLine[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as HostLogLine);
}

/** Requests the host answered (one `done` or `failed` line each). */
export function hostRequestCount(file: string): number {
  return readHostLog(file).filter((line) => line.event === "done" || line.event === "failed").length;
}
