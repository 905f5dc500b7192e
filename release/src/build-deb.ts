// SPDX-License-Identifier: MIT
/**
 * Writes the package's files into a staging tree with fixed modes and timestamps and runs
 * `dpkg-deb --root-owner-group` (files owned by root:root without fakeroot). With SOURCE_DATE_EPOCH set, dpkg-deb
 * stamps the archive members with it, so the same input gives the same .deb.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { debControl, type PackageFile } from "./deb-layout";

export function buildDeb(files: readonly PackageFile[], version: string, outFile: string, epochSeconds: number): void {
  const stage = mkdtempSync(join(tmpdir(), "dips-deb-"));
  try {
    for (const file of files) {
      const target = join(stage, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.data);
      chmodSync(target, file.mode);
    }
    const installedKiB = Math.ceil(files.reduce((sum, file) => sum + file.data.length, 0) / 1024);
    mkdirSync(join(stage, "DEBIAN"));
    writeFileSync(join(stage, "DEBIAN/control"), debControl(version, installedKiB));
    fixModesAndTimes(stage, epochSeconds);
    chmodSync(stage, 0o755);
    execFileSync("dpkg-deb", ["--root-owner-group", "-Zxz", "--build", stage, outFile], {
      env: { ...process.env, SOURCE_DATE_EPOCH: String(epochSeconds) },
      stdio: ["ignore", "ignore", "inherit"],
    });
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** Directories 0755, one timestamp everywhere (umask and checkout times must not leak into the package). */
function fixModesAndTimes(dir: string, epochSeconds: number): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      fixModesAndTimes(path, epochSeconds);
      chmodSync(path, 0o755);
    } else if (entry.name === "control") chmodSync(path, 0o644);
    utimesSync(path, epochSeconds, epochSeconds);
  }
  utimesSync(dir, epochSeconds, epochSeconds);
}
