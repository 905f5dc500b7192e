// SPDX-License-Identifier: MIT
/**
 * Builds the Windows package of the card host with wixl (Debian `wixl`) and corrects what wixl gets wrong or leaves
 * to chance, with msibuild (Debian `msitools`) and summary-times.ts:
 * - the HKMU registry root, which wixl 0.101 writes as 4 instead of -1;
 * - the PackageCode, which wixl draws at random: set to a digest of the inputs;
 * - the summary information's creation and last-saved times, from wixl's clock: set to `epochSeconds`;
 * - the order of the string pool, which follows heap addresses: wixl and msibuild run with address-space
 *   randomization turned off (`setarch -R`), which makes it the same from run to run.
 * The cabinet's file times are the staged files' times, which are set to `epochSeconds` too.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROME_EXTENSION_ID } from "../../../shared/extension-ids";
import { msiContents } from "./msi-contents";
import { packageCode } from "./msi-ids";
import { setSummaryTimes } from "./summary-times";
import { MANUFACTURER, PRODUCT_NAME, wxsDocument } from "./wxs-document";

export interface MsiOptions {
  /** The host's Windows single executable (dips-companion-host-win-x64.exe). */
  readonly exePath: string;
  /** The product version, three numbers (Windows Installer compares the first three). */
  readonly version: string;
  readonly outDir: string;
  /** The one timestamp inside the package. */
  readonly epochSeconds: number;
  /** The Chromium extension id the manifests allow (the id of the release CRX); default the test key's id. */
  readonly chromeExtensionId?: string;
}

export const msiFileName = (version: string): string => `dips-companion-host-${version}-x64.msi`;

/** Runs an msitools program with address-space randomization off (see above). */
function msitool(program: string, args: readonly string[], cwd: string, epochSeconds: number): void {
  execFileSync("setarch", ["x86_64", "-R", program, ...args], {
    cwd,
    env: { ...process.env, SOURCE_DATE_EPOCH: String(epochSeconds) },
    stdio: ["ignore", "ignore", "pipe"],
  });
}

/** Builds the .msi into `outDir` and returns its path. */
export function buildMsi(options: MsiOptions): string {
  const { version, epochSeconds } = options;
  if (!/^\d{1,3}\.\d{1,3}\.\d{1,5}$/.test(version)) throw new Error(`MSI version must be a.b.c numbers: ${version}`);
  const contents = msiContents(options.exePath, options.chromeExtensionId ?? CHROME_EXTENSION_ID);
  const wxs = wxsDocument(contents, version);
  const stage = mkdtempSync(join(tmpdir(), "dips-msi-"));
  try {
    for (const file of contents.files) {
      const staged = join(stage, file.name);
      if ("path" in file.source) copyFileSync(file.source.path, staged);
      else writeFileSync(staged, file.source.data);
      utimesSync(staged, epochSeconds, epochSeconds);
    }
    writeFileSync(join(stage, "host.wxs"), wxs);
    msitool("wixl", ["--arch", "x64", "--output", "host.msi", "host.wxs"], stage, epochSeconds);
    msitool("msibuild", ["host.msi", "-q", "UPDATE `Registry` SET `Root` = -1 WHERE `Root` = 4"], stage, epochSeconds);
    const code = packageCode(
      wxs,
      contents.files.map((file) => readFileSync(join(stage, file.name))),
    );
    msitool("msibuild", ["host.msi", "-s", PRODUCT_NAME, MANUFACTURER, "x64;1033", `{${code}}`], stage, epochSeconds);
    const msi = readFileSync(join(stage, "host.msi"));
    setSummaryTimes(msi, epochSeconds);
    mkdirSync(options.outDir, { recursive: true });
    const outFile = join(options.outDir, msiFileName(version));
    writeFileSync(outFile, msi);
    return outFile;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
