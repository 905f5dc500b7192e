// SPDX-License-Identifier: MIT
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
  VPCD_PORTS,
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
    if (exited())
      throw new Error(`pcscd exited or lost a reader port while starting; log ${PCSCD_LOG_FILE}:\n${logTail()}`);
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
      const listed = await waitUntilListed(timeoutMs, () => false).then(
        () => true,
        () => false,
      );
      if (listed) return current;
      // Started with a reader missing (see spawnListingPcscd): replace it.
      if (current.pid !== undefined) await killPcscd(current.pid);
    }
    await spawnListingPcscd(timeoutMs);
    return pcscdStatus();
  } finally {
    unlock(START_LOCK);
  }
}

/**
 * Attempts at starting pcscd when a vpcd port was taken (see spawnListingPcscd); the waits between them (2, 4, 8,
 * 16, 32 s) outlast TCP's 60-second TIME_WAIT.
 */
const START_ATTEMPTS = 6;
const PORT_TAKEN = "Address already in use";

/**
 * Starts pcscd and waits until it lists every reader. vpcd listens on fixed ports without SO_REUSEADDR, so a port
 * still held by a socket of the pcscd before (TIME_WAIT after a restart) or given to some outgoing connection
 * leaves that reader out for good: pcscd logs "Address already in use". It is then stopped and started again.
 * Seen once in a full run (a reader of port 35973 missing, and every later test failing on it).
 */
async function spawnListingPcscd(timeoutMs: number): Promise<void> {
  reserveVpcdPorts();
  for (let attempt = 1; ; attempt++) {
    removeStaleRunFiles();
    const { pid, exited } = spawnPcscd();
    startedPid = pid;
    const portTaken = (): boolean => exited() || pcscdLog().includes(PORT_TAKEN);
    try {
      await waitUntilListed(timeoutMs, portTaken);
      return;
    } catch (error) {
      if (attempt >= START_ATTEMPTS || !pcscdLog().includes(PORT_TAKEN)) throw error;
      await killPcscd(pid);
      await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** attempt));
    }
  }
}

/**
 * Keeps the kernel from handing the vpcd ports to outgoing connections (net.ipv4.ip_local_reserved_ports; they lie
 * in the ephemeral range). Needs root; without it, spawnListingPcscd's retry still copes.
 */
function reserveVpcdPorts(): void {
  const file = "/proc/sys/net/ipv4/ip_local_reserved_ports";
  try {
    const current = readFileSync(file, "utf8").trim();
    // The kernel writes the list back as ranges ("35963-35964,35973-35974").
    const reserved = (port: number): boolean =>
      current.split(",").some((range) => {
        const [first = NaN, last = first] = range.split("-").map(Number);
        return port >= first && port <= last;
      });
    const missing = VPCD_PORTS.filter((port) => !reserved(port));
    if (missing.length > 0) writeFileSync(file, [current, ...missing].filter((part) => part !== "").join(","));
  } catch {
    // not root, or no such setting
  }
}

function pcscdLog(): string {
  try {
    return readFileSync(PCSCD_LOG_FILE, "utf8");
  } catch {
    return "";
  }
}

/** SIGTERM, then SIGKILL; clears what pcscd leaves behind. Returns whether it is gone. */
async function killPcscd(pid: number): Promise<boolean> {
  process.kill(pid, "SIGTERM");
  if (!(await waitForExit(pid, 5000))) {
    process.kill(pid, "SIGKILL");
    await waitForExit(pid, 5000);
  }
  if (pid === startedPid) startedPid = undefined;
  removeStaleRunFiles();
  return !isProcessAlive(pid);
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
    return await killPcscd(status.pid);
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
