// SPDX-License-Identifier: MIT
/**
 * The host archives for Linux and macOS: one folder holding the platform's single executable (mode 0755, so
 * `./dips-companion-host-… install --user` works straight after extracting) and a short README
 * (release/platform/<os>/README.txt), as a reproducible .tar.gz (tar-gz-writer.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { executableFileName, type ExecutableTarget } from "./executable/build-executable";
import { writeTarGz } from "./tar-gz-writer";

/** The targets shipped as a .tar.gz, by the name their archive carries. */
export const ARCHIVED_TARGETS = {
  "linux-x64": "linux-x64",
  "linux-arm64": "linux-arm64",
  "macos-x64": "darwin-x64",
} as const satisfies Record<string, ExecutableTarget>;
export type ArchiveName = keyof typeof ARCHIVED_TARGETS;

/** `dips-companion-host-<version>-<archive>.tar.gz`. */
export function hostArchiveFileName(version: string, archive: ArchiveName): string {
  return `dips-companion-host-${version}-${archive}.tar.gz`;
}

/** The archive's bytes; `executablePath` is the built executable of the archive's target. */
export function hostArchive(
  rootDir: string,
  version: string,
  archive: ArchiveName,
  executablePath: string,
  epochSeconds: number,
): Buffer {
  const target = ARCHIVED_TARGETS[archive];
  const folder = `dips-companion-host-${version}-${archive}/`;
  const readme = join(rootDir, "release/platform", target.startsWith("darwin") ? "macos" : "linux", "README.txt");
  return writeTarGz(
    [
      { path: folder, mode: 0o755 },
      { path: `${folder}README.txt`, data: readFileSync(readme), mode: 0o644 },
      { path: `${folder}${executableFileName(target)}`, data: readFileSync(executablePath), mode: 0o755 },
    ],
    epochSeconds,
  );
}
