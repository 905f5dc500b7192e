// SPDX-License-Identifier: MIT
/**
 * The machine-wide folder Chromium reads policy files from, and the e2e tests' own files in it. A test writes one
 * named after its process and removes it when done; a run killed halfway leaves its file behind, and every Chromium
 * started later on this machine would read it (another allowlist, coexistence fixed, reminders off). Before a
 * Chromium starts, files of processes no longer alive are removed.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const CHROMIUM_POLICY_DIR = "/etc/chromium/policies/managed";
const TEST_POLICY_FILE = /^dips-companion-e2e-(\d+)-[0-9a-f]+\.json$/;

const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Removes the e2e policy files whose writing process has ended. */
export function removeStaleChromiumPolicies(): void {
  let names: string[];
  try {
    names = readdirSync(CHROMIUM_POLICY_DIR);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEST_POLICY_FILE.exec(name)?.[1];
    if (pid === undefined || processAlive(Number(pid))) continue;
    try {
      rmSync(join(CHROMIUM_POLICY_DIR, name), { force: true });
    } catch {
      // Not ours to remove (another user's run, without root): Chromium will read it, as before.
    }
  }
}

/** Writes a machine-wide Chromium policy file; call the returned function to remove it. */
export function writeChromiumPolicy(policy: Record<string, unknown>): () => void {
  removeStaleChromiumPolicies();
  mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
  const file = join(CHROMIUM_POLICY_DIR, `dips-companion-e2e-${process.pid}-${randomBytes(4).toString("hex")}.json`);
  writeFileSync(file, JSON.stringify(policy));
  return () => rmSync(file, { force: true });
}
