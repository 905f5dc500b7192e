// SPDX-License-Identifier: MIT
/**
 * Reproducible release files: the committed tree is checked out twice into two different folders and
 * `npm run package` runs in each (full build: extension, host, executables, packages) with the commit's time as
 * SOURCE_DATE_EPOCH. Every file must come out byte for byte the same, and `web-ext lint` must be clean.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { verifyCrx3 } from "../../release/src/crx3";
import { runWebExtLint } from "../../release/src/web-ext-lint";
import { CHROME_EXTENSION_ID } from "../../shared/extension-ids";
import { ROOT } from "./packaging-support";

const work = mkdtempSync(join(tmpdir(), "dips-repro-"));
const commitTime = execFileSync("git", ["log", "-1", "--format=%ct"], { cwd: ROOT, encoding: "utf8" }).trim();

/**
 * `git archive HEAD` into `dir`, with the repository's node_modules and download cache (the pinned Node binaries,
 * checked against their sha512 on every use) linked in (no network).
 */
function checkout(dir: string): void {
  mkdirSync(join(dir, "build"), { recursive: true });
  const archive = execFileSync("git", ["archive", "--format=tar", "HEAD"], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
  execFileSync("tar", ["-x", "-C", dir], { input: archive });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  mkdirSync(join(ROOT, "build/cache"), { recursive: true });
  symlinkSync(join(ROOT, "build/cache"), join(dir, "build/cache"));
}

function packageIn(dir: string): string {
  execFileSync(process.execPath, ["release/package.mjs"], {
    cwd: dir,
    env: { ...process.env, SOURCE_DATE_EPOCH: commitTime, DIPS_PACKAGE_OUT: join(dir, "out") },
    stdio: ["ignore", "ignore", "pipe"],
  });
  return readFileSync(join(dir, "out/SHA256SUMS"), "utf8");
}

describe("npm run package", () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("gives identical bytes for the same commit built twice in different folders", () => {
    const first = join(work, "first");
    const second = join(work, "second-checkout");
    checkout(first);
    checkout(second);
    const sums = [packageIn(first), packageIn(second)];
    const names = sums[0]
      ?.split("\n")
      .filter(Boolean)
      .map((line) => line.split("  ")[1]);
    expect(names).toEqual([
      "dips-companion-0.1.0.crx",
      "dips-companion-chrome-0.1.0.zip",
      "dips-companion-chrome-store-0.1.0.zip",
      "dips-companion-firefox-0.1.0-source.zip",
      "dips-companion-firefox-0.1.0.xpi",
      "dips-companion-host-0.1.0-linux-arm64.tar.gz",
      "dips-companion-host-0.1.0-linux-x64.tar.gz",
      "dips-companion-host-0.1.0-macos-x64.tar.gz",
      "dips-companion-host-0.1.0-win-x64.exe",
      "dips-companion-host-0.1.0-x64.msi",
      "dips-companion-host_0.1.0_amd64.deb",
      "updates.xml",
    ]);
    expect(sums[1]).toBe(sums[0]);
    expect(verifyCrx3(readFileSync(join(first, "out/dips-companion-0.1.0.crx"))).extensionId).toBe(CHROME_EXTENSION_ID);
    // Two full builds (extension, host, four executables, MSI, .deb) took 27 minutes on a shared 2-core machine.
  }, 1_800_000);

  it("passes web-ext lint with 0 errors, 0 warnings and 0 notices", async () => {
    const report = await runWebExtLint(join(work, "first/dist/firefox"));
    expect(report.summary).toEqual({ errors: 0, warnings: 0, notices: 0 });
  }, 120_000);
});
