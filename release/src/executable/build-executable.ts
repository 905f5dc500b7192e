// SPDX-License-Identifier: MIT
/**
 * `buildExecutable(target, options)`: the card host as one executable file for a platform (Node single executable
 * application): the pinned Node binary of the target with the SEA blob (sea-blob.ts) injected by postject.
 * Nothing needs to be installed on the user's machine besides the OS's PC/SC service.
 *
 * Needs the host's executable script built first (`npm run build:host` → dist/host-sea/dips-companion-host.cjs).
 * Downloads (once, into `cacheDir`, checked against their pinned sha512) the Node binaries and koffi binaries of
 * pinned-packages.ts.
 */
import { runQuietly } from "./run-quietly";
import { createHash } from "node:crypto";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { SEA_SETTINGS, writeSeaBlob } from "./sea-blob";
import { pinnedFile } from "./npm-tarball";
import { executableFileName, KOFFI_BINARIES, NODE_BINARIES, type ExecutableTarget } from "./pinned-packages";

export { EXECUTABLE_TARGETS, executableFileName, NODE_VERSION, type ExecutableTarget } from "./pinned-packages";

export interface BuildExecutableOptions {
  /** The repository root. */
  readonly rootDir: string;
  /** Folder the executable is written to (created if missing). */
  readonly outDir: string;
  /** The host's one-file script; default `<rootDir>/dist/host-sea/dips-companion-host.cjs`. */
  readonly script?: string;
  /** Download cache; default `<rootDir>/build/cache/npm` (git-ignored). */
  readonly cacheDir?: string;
  /**
   * Keep an executable in `outDir` that was built from the same script and pins (tests rebuild the script for
   * every file; injecting takes seconds). A release build leaves this off.
   */
  readonly reuseUnchanged?: boolean;
}

/** Fuse string Node looks for to know that a blob was injected (Node's SEA documentation). */
const SEA_FUSE = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";

/** Raise when the way an executable is put together changes, so that reused executables are rebuilt. */
const BUILDER_REVISION = 2;

/** What an executable is made of: the script's bytes, the pinned packages, the blob's settings and this builder. */
function inputsDigest(target: ExecutableTarget, script: string): string {
  const pins = JSON.stringify([
    NODE_BINARIES[target],
    NODE_BINARIES["linux-x64"],
    KOFFI_BINARIES[target],
    SEA_SETTINGS,
    BUILDER_REVISION,
  ]);
  return createHash("sha256").update(readFileSync(script)).update(pins).digest("hex");
}

function readIfPresent(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

/** Builds the executable for `target` and returns its path (`<outDir>/dips-companion-host-<target>[.exe]`). */
export function buildExecutable(target: ExecutableTarget, options: BuildExecutableOptions): string {
  const cacheDir = options.cacheDir ?? join(options.rootDir, "build/cache/npm");
  const script = options.script ?? join(options.rootDir, "dist/host-sea/dips-companion-host.cjs");
  if (!existsSync(script)) throw new Error(`${script} is missing: run "npm run build:host" first`);
  mkdirSync(options.outDir, { recursive: true });
  const output = join(options.outDir, executableFileName(target));
  const stamp = join(options.outDir, `.${executableFileName(target)}.inputs`);
  const inputs = inputsDigest(target, script);
  if (options.reuseUnchanged === true && existsSync(output) && readIfPresent(stamp) === inputs) return output;
  const workDir = mkdtempSync(join(options.outDir, `.sea-${target}-`));
  try {
    const blob = writeSeaBlob({
      script,
      koffiNode: pinnedFile(KOFFI_BINARIES[target], cacheDir),
      generatorNode: pinnedFile(NODE_BINARIES["linux-x64"], cacheDir),
      workDir,
    });
    const staged = join(workDir, executableFileName(target));
    copyFileSync(pinnedFile(NODE_BINARIES[target], cacheDir), staged);
    chmodSync(staged, 0o755);
    const postject = createRequire(import.meta.url).resolve("postject/dist/cli.js");
    const macho = target.startsWith("darwin") ? ["--macho-segment-name", "NODE_SEA"] : [];
    // postject warns about every ELF note section and about the signature it invalidates; only a failure matters.
    runQuietly(process.execPath, [postject, staged, "NODE_SEA_BLOB", blob, "--sentinel-fuse", SEA_FUSE, ...macho]);
    // Renamed into place: a host still running from the old file keeps it, and nobody sees a partial file.
    renameSync(staged, output);
    writeFileSync(stamp, inputs);
    return output;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
