// SPDX-License-Identifier: MIT
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { lockOwner, tryLock, unlock } from "./file-lock";
import { isProcessAlive } from "./process-info";
import { PORT_LOCK_DIR, readerNameForPort, VPCD_PORTS } from "./stack-layout";

/** A vpcd port reserved for this process and the PC/SC reader it shows up as. */
export interface ReaderPort {
  readonly port: number;
  readonly readerName: string;
  /** Gives the port back (also happens when this process exits). */
  release(): void;
}

const lockPath = (port: number): string => join(PORT_LOCK_DIR, `port-${port}.lock`);
const held = new Set<number>();
let exitHookInstalled = false;

/**
 * Reserves a free vpcd port with a lock file `/tmp/dips-companion-pcsc/port-<n>.lock` holding our pid, so
 * concurrent test runs never share a reader. A lock of a dead process is free.
 */
export function acquireReaderPort(): ReaderPort {
  if (!exitHookInstalled) {
    process.once("exit", () => held.forEach((port) => unlock(lockPath(port))));
    exitHookInstalled = true;
  }
  for (const port of VPCD_PORTS) {
    if (held.has(port) || !tryLock(lockPath(port))) continue;
    held.add(port);
    return {
      port,
      readerName: readerNameForPort(port),
      release: () => {
        held.delete(port);
        unlock(lockPath(port));
      },
    };
  }
  throw new Error(`all ${VPCD_PORTS.length} vpcd ports of the test stack are taken (locks in ${PORT_LOCK_DIR})`);
}

/** Pids of live processes other than this one that hold a port lock. */
export function otherLivePortHolders(): number[] {
  let files: string[];
  try {
    files = readdirSync(PORT_LOCK_DIR).filter((name) => /^port-\d+\.lock$/.test(name));
  } catch {
    return [];
  }
  const owners = files.map((name) => lockOwner(join(PORT_LOCK_DIR, name)));
  return [...new Set(owners)].filter(
    (pid): pid is number => pid !== undefined && pid !== process.pid && isProcessAlive(pid),
  );
}
