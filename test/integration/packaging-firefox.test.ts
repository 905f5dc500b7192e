// SPDX-License-Identifier: MIT
/**
 * The store packages: the Firefox XPI passes addons-linter (the linter addons.mozilla.org runs) with nothing to
 * report, its minimum version is really checked against the APIs the code calls, the source archive rebuilds the XPI
 * byte for byte in a fresh folder, and the Chrome Web Store ZIP carries no manifest `key`.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromeStoreZip } from "../../release/src/store/chrome-store";
import { firefoxSourceZip } from "../../release/src/store/firefox-source";
import { firefoxXpi, xpiFileName } from "../../release/src/store/firefox-xpi";
import { runAddonsLinter } from "../../release/src/web-ext-lint";
import { FIREFOX_MIN_VERSION } from "../../extension/manifest.config";
import { PRODUCT_VERSION } from "../../shared/version";
import { ROOT, TEST_EPOCH } from "./packaging-support";

const work = mkdtempSync(join(tmpdir(), "dips-store-"));
let xpiPath = "";

/** Unpacks `zip` into `dir` with the system's unzip (not our own reader: the archive must open anywhere). */
function unzip(zip: Buffer, dir: string): void {
  const file = join(work, `unzip-${Date.now()}.zip`);
  writeFileSync(file, zip);
  mkdirSync(dir, { recursive: true });
  execFileSync("unzip", ["-q", file, "-d", dir]);
}

beforeAll(() => {
  // The XPI must come from the current sources, as `npm run package` builds it: a stale dist/firefox would differ
  // from what the source archive rebuilds. Integration test files run one at a time, so no browser is using it.
  execFileSync(process.execPath, ["scripts/build-extension.mjs", "firefox"], { cwd: ROOT, stdio: "ignore" });
  if (!existsSync(join(ROOT, "dist/chrome/manifest.json")))
    execFileSync(process.execPath, ["scripts/build-extension.mjs", "chrome"], { cwd: ROOT, stdio: "ignore" });
  xpiPath = join(work, xpiFileName(PRODUCT_VERSION));
  writeFileSync(xpiPath, firefoxXpi(ROOT, TEST_EPOCH));
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the Firefox XPI", () => {
  it("passes addons-linter with 0 errors, 0 warnings and 0 notices", async () => {
    const report = await runAddonsLinter(xpiPath);
    expect([...report.errors, ...report.warnings, ...report.notices]).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, notices: 0 });
  }, 120_000);

  it("uses no API newer than its strict_min_version: the linter's check fires when the minimum is lowered", async () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "dist/firefox/manifest.json"), "utf8")) as {
      browser_specific_settings: { gecko: { strict_min_version: string } };
    };
    expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe(FIREFOX_MIN_VERSION);
    // storage.session came in Firefox 115: below that the same code must be reported, or the check is not live.
    const older = join(work, "older");
    cpSync(join(ROOT, "dist/firefox"), older, { recursive: true });
    manifest.browser_specific_settings.gecko.strict_min_version = "114.0";
    writeFileSync(join(older, "manifest.json"), JSON.stringify(manifest));
    const report = await runAddonsLinter(older);
    expect(report.warnings.map((warning) => warning.code)).toContain("INCOMPATIBLE_API");
  }, 120_000);
});

describe("the Firefox source archive", () => {
  it("rebuilds the XPI byte for byte in a fresh folder, following its BUILD-FIREFOX.md", () => {
    const source = join(work, "source");
    unzip(firefoxSourceZip(ROOT, PRODUCT_VERSION, TEST_EPOCH), source);
    const instructions = readFileSync(join(source, "BUILD-FIREFOX.md"), "utf8");
    const epoch = /SOURCE_DATE_EPOCH=(\d+) npm run build:xpi/.exec(instructions)?.[1];
    expect(epoch).toBe(String(TEST_EPOCH));
    expect(existsSync(join(source, "host")), "host code stays out").toBe(false);
    // `npm ci` without the network: a hard-linked copy of the repository's installed packages stands in for it (a
    // symbolic link would resolve to the repository's path, which the bundler writes into its module comments).
    execFileSync("cp", ["-al", join(ROOT, "node_modules"), join(source, "node_modules")]);
    execFileSync("npm", ["run", "build:xpi"], {
      cwd: source,
      env: { ...process.env, SOURCE_DATE_EPOCH: epoch },
      stdio: ["ignore", "ignore", "pipe"],
    });
    const rebuilt = readFileSync(join(source, "dist/xpi", xpiFileName(PRODUCT_VERSION)));
    expect(rebuilt.equals(readFileSync(xpiPath))).toBe(true);
  }, 300_000);
});

describe("the Chrome Web Store ZIP", () => {
  it("is the Chrome build without the manifest key", () => {
    const dir = join(work, "store");
    unzip(chromeStoreZip(join(ROOT, "dist/chrome"), TEST_EPOCH), dir);
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Record<string, unknown>;
    const built = JSON.parse(readFileSync(join(ROOT, "dist/chrome/manifest.json"), "utf8")) as Record<string, unknown>;
    expect(built.key).toEqual(expect.any(String));
    expect(manifest.key).toBeUndefined();
    delete built.key;
    expect(manifest).toEqual(built);
    expect(existsSync(join(dir, "background"))).toBe(existsSync(join(ROOT, "dist/chrome/background")));
  });
});
