// SPDX-License-Identifier: MIT
/**
 * Finding what a command left running. The command is started with a unique environment variable; every process
 * it starts inherits the environment (pcscd started detached, the browsers and the host they launch, the emulator),
 * so whatever still carries the mark afterwards was started by that command and not by another run on the machine.
 */
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { isProcessAlive, processArguments } from "./process-info";

/** The environment variable that marks a command's processes. */
export const PROCESS_MARK_VARIABLE = "DIPS_COMPANION_PROCESS_MARK";

/** A fresh mark: `{ [PROCESS_MARK_VARIABLE]: mark }` goes into the command's environment. */
export function newProcessMark(): string {
  return randomUUID();
}

/** A live process that carries a mark. */
export interface MarkedProcess {
  readonly pid: number;
  readonly command: string;
}

function carriesMark(pid: number, mark: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(`${PROCESS_MARK_VARIABLE}=${mark}`);
  } catch {
    return false;
  }
}

/** Live processes (zombies excluded) whose environment carries `mark`; this process is never among them. */
export function markedProcesses(mark: string): MarkedProcess[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => pid !== process.pid && carriesMark(pid, mark) && isProcessAlive(pid))
    .map((pid) => ({ pid, command: processArguments(pid).join(" ") }));
}
