// SPDX-License-Identifier: MIT
/**
 * Builds the Windows package of the card host with wixl (Debian `wixl`) and corrects what wixl gets wrong or leaves
 * to chance, with msibuild (Debian `msitools`) and summary-times.ts:
 * - the registry root HKMU and the RemoveFile rows (wxs-document.ts, wixlCorrections);
 * - the PackageCode, which wixl draws at random: set to a digest of the inputs;
 * - the summary information's creation and last-saved times, from wixl's clock: set to `epochSeconds`.
 * The cabinet's file times are the staged files' times, which are set to `epochSeconds` too.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROME_EXTENSION_ID, STORE_IDS } from "../../../shared/extension-ids";
import { pinnedFile } from "../executable/npm-tarball";
import { KOFFI_BINARIES } from "../executable/pinned-packages";
import { msiContents } from "./msi-contents";
import { packageCode } from "./msi-ids";
import { setSummaryTimes } from "./summary-times";
import { MANUFACTURER, PRODUCT_NAME, wixlCorrections, wxsDocument } from "./wxs-document";

export interface MsiOptions {
  /** The repository root: its download cache (build/cache/npm) holds the pinned koffi binary of the executable. */
  readonly rootDir: string;
  /** The host's Windows single executable (dips-companion-host-win-x64.exe). */
  readonly exePath: string;
  /** The product version, three numbers (Windows Installer compares the first three). */
  readonly version: string;
  readonly outDir: string;
  /** The one timestamp inside the package. */
  readonly epochSeconds: number;
  /** The Chromium extension id the manifests allow (the id of the release CRX); default the test key's id. */
  readonly chromeExtensionId?: string;
  /** The store ids whose extension Chrome and Edge are to offer; default shared/extension-ids.ts. */
  readonly storeIds?: typeof STORE_IDS;
}

export const msiFileName = (version: string): string => `dips-companion-host-${version}-x64.msi`;

/** Runs an msitools program in `cwd`; its error output becomes the error's message. */
function msitool(program: string, args: readonly string[], cwd: string, epochSeconds: number): void {
  const result = spawnSync(program, args, {
    cwd,
    env: { ...process.env, SOURCE_DATE_EPOCH: String(epochSeconds) },
    encoding: "utf8",
  });
  if (result.status !== 0)
    throw new Error(`${program} ${args.join(" ")} failed: ${result.error?.message ?? result.stderr.trim()}`);
}

/**
 * The file name under which the executable caches its koffi binary (host/card/pcsc/koffi-native-from-executable.ts:
 * `koffi-<SHA-256 of koffi.node>.node`), from the same pinned binary the executable builder put into it.
 */
function koffiCacheFileName(rootDir: string): string {
  const koffiNode = pinnedFile(KOFFI_BINARIES["win-x64"], join(rootDir, "build/cache/npm"));
  return `koffi-${createHash("sha256").update(readFileSync(koffiNode)).digest("hex")}.node`;
}

/** Builds the .msi into `outDir` and returns its path. */
export function buildMsi(options: MsiOptions): string {
  const { version, epochSeconds } = options;
  if (!/^\d{1,3}\.\d{1,3}\.\d{1,5}$/.test(version)) throw new Error(`MSI version must be a.b.c numbers: ${version}`);
  const contents = msiContents(
    options.exePath,
    options.chromeExtensionId ?? CHROME_EXTENSION_ID,
    options.storeIds ?? STORE_IDS,
  );
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
    for (const query of wixlCorrections([koffiCacheFileName(options.rootDir)]))
      msitool("msibuild", ["host.msi", "-q", query], stage, epochSeconds);
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
