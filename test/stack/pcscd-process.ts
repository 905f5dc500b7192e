// SPDX-License-Identifier: MIT
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { lockWithin, unlock } from "./file-lock";
import { writePcscdConfig } from "./pcscd-config";
import { waitForReaders } from "./pcsc-readers";
import { isProcessAlive, processArguments, readPidFile } from "./process-info";
import { otherLivePortHolders } from "./reader-ports";
import {
  PCSCD_CONFIG_DIR,
  PCSCD_LOG_FILE,
  PCSCD_PID_FILE,
  PCSCD_SOCKET,
  PORT_LOCK_DIR,
  STACK_CACHE_DIR,
  STACK_READER_NAMES,
} from "./stack-layout";

/** What is known about the pcscd on this machine. */
export interface PcscdStatus {
  readonly running: boolean;
  readonly pid: number | undefined;
  /** Started by the test stack (its command line names our config folder). */
  readonly ours: boolean;
  /** Started by this very process (only those are stopped by a plain `stopPcscd()`). */
  readonly startedHere: boolean;
}

/** Options of `startPcscStack` / `restartPcscd`. */
export interface PcscStackOptions {
  /** How long pcscd may take to list all readers (default 15 s). */
  readonly timeoutMs?: number;
}

const START_LOCK = join(PORT_LOCK_DIR, "start.lock");
let startedPid: number | undefined;

/** A live pcscd's pid: from the pid file, else from a scan of /proc. */
function findPcscdPid(): number | undefined {
  const fromFile = readPidFile(PCSCD_PID_FILE);
  if (fromFile !== undefined && isProcessAlive(fromFile)) return fromFile;
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    const [program] = processArguments(pid);
    if (program !== undefined && /(^|\/)pcscd$/.test(program) && isProcessAlive(pid)) return pid;
  }
  return undefined;
}

/** Describes the pcscd currently running, if any. */
export function pcscdStatus(): PcscdStatus {
  const pid = findPcscdPid();
  if (pid === undefined) return { running: false, pid, ours: false, startedHere: false };
  return {
    running: true,
    pid,
    ours: processArguments(pid).includes(PCSCD_CONFIG_DIR),
    startedHere: pid === startedPid,
  };
}

/** After a SIGKILL pcscd leaves its pid file and socket behind and a new pcscd refuses to start: remove them. */
function removeStaleRunFiles(): void {
  if (findPcscdPid() !== undefined) return;
  rmSync(PCSCD_PID_FILE, { force: true });
  rmSync(PCSCD_SOCKET, { force: true });
}

function logTail(): string {
  try {
    return readFileSync(PCSCD_LOG_FILE, "utf8").split("\n").slice(-15).join("\n");
  } catch {
    return "(no log)";
  }
}

async function waitUntilListed(timeoutMs: number, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited()) throw new Error(`pcscd exited while starting; log ${PCSCD_LOG_FILE}:\n${logTail()}`);
    try {
      await waitForReaders(STACK_READER_NAMES, Math.max(500, Math.min(2000, deadline - Date.now())));
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`pcscd did not list the stack's readers in ${timeoutMs} ms: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

function spawnPcscd(): { pid: number; exited: () => boolean } {
  mkdirSync(STACK_CACHE_DIR, { recursive: true });
  const configDir = writePcscdConfig();
  const env = { ...process.env };
  delete env.LD_PRELOAD;
  const log = openSync(PCSCD_LOG_FILE, "w");
  // Detached: pcscd outlives this test process and its Ctrl-C; a later run reuses it.
  const program = existsSync("/usr/sbin/pcscd") ? "/usr/sbin/pcscd" : "pcscd"; // /usr/sbin may be off PATH
  const child = spawn(program, ["--foreground", "--debug", "-c", configDir], {
    detached: true,
    stdio: ["ignore", log, log],
    env,
  });
  closeSync(log);
  let exited = false;
  child.once("exit", () => (exited = true));
  child.once("error", () => (exited = true));
  child.unref();
  if (child.pid === undefined) throw new Error("cannot start pcscd (is it installed? are we root?)");
  return { pid: child.pid, exited: () => exited };
}

/**
 * Makes sure our pcscd (8 vpcd readers) is running and listing its readers. Reuses a running
 * pcscd started by the stack; refuses to touch any other pcscd. Safe to call from concurrent processes.
 */
export async function startPcscStack(options: PcscStackOptions = {}): Promise<PcscdStatus> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  // A start takes seconds; a start lock older than a minute belongs to a run that hangs: take it over.
  await lockWithin(START_LOCK, timeoutMs + 15_000, 60_000);
  try {
    const current = pcscdStatus();
    if (current.running && !current.ours) {
      const args = processArguments(current.pid ?? 0).join(" ");
      throw new Error(`a pcscd not started by the test stack is running (pid ${current.pid}: ${args}); stop it first`);
    }
    if (current.running) {
      await waitUntilListed(timeoutMs, () => false);
      return current;
    }
    removeStaleRunFiles();
    const { pid, exited } = spawnPcscd();
    startedPid = pid;
    await waitUntilListed(timeoutMs, exited);
    return pcscdStatus();
  } finally {
    unlock(START_LOCK);
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return true;
}

/**
 * Stops our pcscd. Without `force`, only a pcscd this process started, and only while no other live process holds
 * a reader port (someone else's run is using it); `force` (the CLI's `stop`, `restartPcscd`) skips both checks but
 * still never touches a pcscd the stack did not start. Returns whether a pcscd was stopped.
 */
export async function stopPcscd(options: { readonly force?: boolean } = {}): Promise<boolean> {
  // Under the start lock: a run that reserved a port after our check cannot reuse the pcscd we are stopping.
  await lockWithin(START_LOCK, 30_000, 60_000);
  try {
    const status = pcscdStatus();
    if (!status.running || !status.ours || status.pid === undefined) return false;
    if (!options.force && (!status.startedHere || otherLivePortHolders().length > 0)) return false;
    process.kill(status.pid, "SIGTERM");
    if (!(await waitForExit(status.pid, 5000))) {
      process.kill(status.pid, "SIGKILL");
      await waitForExit(status.pid, 5000);
    }
    if (status.pid === startedPid) startedPid = undefined;
    removeStaleRunFiles();
    return !isProcessAlive(status.pid);
  } finally {
    unlock(START_LOCK);
  }
}

/** Options of `restartPcscd`. */
export interface RestartOptions extends PcscStackOptions {
  /** Wait up to this long for other runs to release their reader ports before restarting (default 20 s). */
  readonly waitForOthersMs?: number;
}

/**
 * Stops and starts our pcscd ("pcscd restarted between two requests"). Every reader disappears for about a
 * second, for all concurrent runs, so it first waits (bounded) until no other run holds a reader port; emulated
 * cards reconnect by themselves.
 */
export async function restartPcscd(options: RestartOptions = {}): Promise<PcscdStatus> {
  const deadline = Date.now() + (options.waitForOthersMs ?? 20_000);
  while (otherLivePortHolders().length > 0 && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 200));
  await stopPcscd({ force: true });
  return startPcscStack(options);
}
