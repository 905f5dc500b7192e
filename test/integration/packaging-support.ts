// SPDX-License-Identifier: MIT
/** Shared by the packaging tests: build the release files into a folder, install and remove the .deb. */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { packageAll, type PackageResult } from "../../release/src/package-all";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const TEST_KEY_PEM = readFileSync(join(ROOT, "manifests/keys/test-extension-key.pem"), "utf8");
/** 2026-01-01T00:00:00Z: a fixed SOURCE_DATE_EPOCH for tests. */
export const TEST_EPOCH = 1_767_225_600;
export const DEB_PACKAGE = "dips-companion-host";

/**
 * Packages the current build (dist/chrome, dist/firefox, dist/host, dist/host-sea) into `outDir`; builds first only if a build is
 * missing, so the test does not rewrite dist/ under another test's browser.
 */
export function packageCurrentBuild(
  outDir: string,
  updateBaseUrl = "https://updates.example.jp/dc/",
): Promise<PackageResult> {
  const built = [
    "dist/chrome/manifest.json",
    "dist/firefox/manifest.json",
    "dist/host/dips-companion-host.cjs",
    "dist/host-sea/dips-companion-host.cjs",
  ].every((path) => existsSync(join(ROOT, path)));
  return packageAll({
    rootDir: ROOT,
    outDir,
    epochSeconds: TEST_EPOCH,
    crxKeyPem: TEST_KEY_PEM,
    updateBaseUrl,
    build: !built,
  });
}

export function debInstalled(): boolean {
  try {
    return execFileSync("dpkg-query", ["-W", "-f=${Status}", DEB_PACKAGE], { encoding: "utf8" }).includes(
      "ok installed",
    );
  } catch {
    return false;
  }
}

/** Runs dpkg, waiting (up to 3 minutes) while another dpkg or apt run holds the lock. */
function dpkg(args: readonly string[]): void {
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      execFileSync("dpkg", args, { stdio: ["ignore", "ignore", "pipe"] });
      return;
    } catch (error) {
      const stderr = String((error as { stderr?: Buffer }).stderr ?? "");
      if (!stderr.includes("lock") || Date.now() > deadline) throw new Error(`dpkg ${args.join(" ")}: ${stderr}`);
      execFileSync("sleep", ["2"]);
    }
  }
}

export function installDeb(path: string): void {
  dpkg(["-i", path]);
}

/** `dpkg -r` (idempotent: does nothing when the package is not installed). */
export function removeDeb(): void {
  if (debInstalled()) dpkg(["-r", DEB_PACKAGE]);
}
