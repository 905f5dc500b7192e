// SPDX-License-Identifier: MIT
/**
 * `npm start` on a fresh clone: builds, walks the whole flow headless with the emulated card, and leaves one
 * screenshot per step. The clone borrows this checkout's node_modules (no network install in a test).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../pki/repo-path";

const clone = mkdtempSync(join(tmpdir(), "dips-start-clone-"));
afterAll(() => rmSync(clone, { recursive: true, force: true }));

describe("npm start on a fresh clone", () => {
  it("completes the flow headless and leaves the step screenshots", () => {
    const root = repoRoot();
    const cloned = spawnSync("git", ["clone", "--quiet", "--local", root, clone], { encoding: "utf8" });
    expect(cloned.status, cloned.stderr).toBe(0);
    symlinkSync(join(root, "node_modules"), join(clone, "node_modules"));
    const env = { ...process.env };
    delete env.DISPLAY;
    const started = spawnSync("npm", ["start", "--silent"], { cwd: clone, env, encoding: "utf8", timeout: 540_000 });
    expect(started.status, `${started.stdout}\n${started.stderr}`).toBe(0);
    expect(started.stdout).toMatch(
      /Done: application A[0-9A-F]{16}, registration marks JU[0-9A-Z]{10}, JU[0-9A-Z]{10} \(issued after the fee payment, captured from the list of registered UAs\)\./,
    );

    const runs = join(clone, "build", "start");
    const [run] = readdirSync(runs).filter((name) => /^\d{8}-\d{6}$/.test(name));
    expect(run).toBeDefined();
    const shots = readdirSync(join(runs, run ?? "")).sort();
    for (const step of [
      "start",
      "owner",
      "uas",
      "confirmation",
      "precautions",
      "sign",
      "pin-sign",
      "authenticate",
      "pin-authenticate",
      "complete",
      "fee-mail",
    ]) {
      expect(
        shots.some((file) => new RegExp(`^\\d{2}-${step}\\.png$`).test(file)),
        step,
      ).toBe(true);
    }
    expect(existsSync(join(clone, "dist", "host", "dips-companion-host.cjs"))).toBe(true);
  }, 600_000);
});
