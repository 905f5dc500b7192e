// SPDX-License-Identifier: MIT
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockOwner, tryLock, unlock } from "./file-lock";

const fresh = (): string => join(mkdtempSync(join(tmpdir(), "lock-test-")), "port-1.lock");

/** A pid that surely belongs to no live process: one that just exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

describe("lock files", () => {
  it("takes a free lock with our pid and refuses a second take", () => {
    const path = fresh();
    expect(tryLock(path)).toBe(true);
    expect(readFileSync(path, "utf8").trim()).toBe(String(process.pid));
    expect(tryLock(path)).toBe(false);
    unlock(path);
    expect(lockOwner(path)).toBeUndefined();
  });

  it("takes over the lock of a dead process but not of a live one", () => {
    const path = fresh();
    writeFileSync(path, `${deadPid()}\n`);
    expect(tryLock(path)).toBe(true);
    writeFileSync(path, `${process.ppid}\n`);
    expect(tryLock(path)).toBe(false);
    unlock(path); // not ours: stays
    expect(lockOwner(path)).toBe(process.ppid);
  });
});

describe("stale lock files", () => {
  it("takes over a live holder's lock only when it is older than staleAfterMs", () => {
    const path = fresh();
    writeFileSync(path, `${process.ppid}\n`);
    const old = new Date(Date.now() - 120_000);
    utimesSync(path, old, old);
    expect(tryLock(path, 300_000)).toBe(false);
    expect(tryLock(path, 60_000)).toBe(true);
    expect(lockOwner(path)).toBe(process.pid);
  });
});
