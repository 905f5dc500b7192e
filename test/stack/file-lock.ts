// SPDX-License-Identifier: MIT
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { isProcessAlive } from "./process-info";

/** The pid recorded in a lock file, or undefined when there is none or it is unreadable. */
export function lockOwner(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8").trim(), 10);
    return Number.isInteger(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

function olderThan(path: string, ageMs: number): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > ageMs;
  } catch {
    return false;
  }
}

/**
 * Takes a lock file holding this process's pid (O_EXCL create). A lock whose owner is dead, or that is older than
 * `staleAfterMs` (a holder that hangs), is taken over; returns false when a live process holds it.
 */
export function tryLock(path: string, staleAfterMs = Number.POSITIVE_INFINITY): boolean {
  mkdirSync(dirname(path), { recursive: true, mode: 0o1777 });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: "wx" });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = lockOwner(path);
    if (owner === process.pid) return false; // held by ourselves: not free for a second holder
    if (owner !== undefined && isProcessAlive(owner) && !olderThan(path, staleAfterMs)) return false;
    // Dead owner (or a half-written file): remove and try again. Two takers race on the create, one wins.
    rmSync(path, { force: true });
  }
  return false;
}

/** Releases a lock if this process holds it. */
export function unlock(path: string): void {
  if (lockOwner(path) === process.pid) rmSync(path, { force: true });
}

/** Waits (polling) until the lock is ours; throws after `timeoutMs`. */
export async function lockWithin(path: string, timeoutMs: number, staleAfterMs?: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!tryLock(path, staleAfterMs)) {
    if (Date.now() > deadline)
      throw new Error(`lock ${path} held by pid ${lockOwner(path) ?? "?"} for over ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
