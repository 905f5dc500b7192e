// SPDX-License-Identifier: MIT
/**
 * The tools that `package.json` names end by themselves and stop what they started. `npm run bench:card` and
 * `npm start` (headless: no DISPLAY, as in CI) each run under a time limit with a marker in their environment; once
 * they have exited, no process that inherited the marker may still run: no pcscd, emulator, browser or host. The
 * one exception is a pcscd that another run is using at that moment (it holds a reader port): the stack shares
 * pcscd between runs and stops it only when the last user is gone.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../pki/repo-path";
import { markedProcesses, newProcessMark, PROCESS_MARK_VARIABLE } from "../stack/marked-processes";
import { otherLivePortHolders } from "../stack/reader-ports";

/** Runs an npm script with a fresh mark; returns its exit status, its output and what it left running. */
function runMarked(args: string[], timeoutMs: number) {
  const mark = newProcessMark();
  const env: NodeJS.ProcessEnv = { ...process.env, [PROCESS_MARK_VARIABLE]: mark };
  delete env.DISPLAY;
  const run = spawnSync("npm", args, { cwd: repoRoot(), env, encoding: "utf8", timeout: timeoutMs });
  const sharedPcscd = otherLivePortHolders().length > 0;
  const left = markedProcesses(mark).filter((entry) => !(sharedPcscd && /(^|\/)pcscd /.test(entry.command)));
  for (const entry of left) process.kill(entry.pid, "SIGKILL");
  return { status: run.status, signal: run.signal, output: `${run.stdout}\n${run.stderr}`, left };
}

describe("npm scripts end by themselves", () => {
  it("npm run bench:card exits 0 within its time limit and leaves no pcscd, emulator or host", () => {
    const run = runMarked(["run", "--silent", "bench:card", "--", "--runs", "1"], 240_000);
    expect(run.signal, run.output).toBeNull();
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(/Card benchmark: emulated card/);
    expect(run.left).toEqual([]);
  }, 300_000);

  it("npm start (headless, already built) exits 0 within its time limit and leaves no browser, host or pcscd", () => {
    const run = runMarked(["start", "--silent", "--", "--no-build"], 420_000);
    expect(run.signal, run.output).toBeNull();
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(/Done: application A[0-9A-F]{16}/);
    expect(run.left).toEqual([]);
  }, 480_000);
});
