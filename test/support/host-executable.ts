// SPDX-License-Identifier: MIT
/**
 * The host as the tests run it: this machine's single executable (release/src/executable/), built from the current
 * dist/host-sea/ script into dist/executables/ — the file the .deb and the .tar.gz ship. Rebuilt only when the
 * script changed (injecting the blob takes seconds; the Node binary download is cached in build/cache/npm).
 */
import { join } from "node:path";
import {
  buildExecutable,
  EXECUTABLE_TARGETS,
  executableFileName,
  type ExecutableTarget,
} from "../../release/src/executable/build-executable";
import { repoRoot } from "../pki/repo-path";

function thisMachine(): ExecutableTarget {
  const target = EXECUTABLE_TARGETS.find((name) => name === `${process.platform}-${process.arch}`);
  if (target === undefined) throw new Error(`no executable target for ${process.platform}-${process.arch}`);
  return target;
}

/** Path of this machine's executable (see ensureHostExecutable). */
export const HOST_EXECUTABLE = join(repoRoot(), "dist/executables", executableFileName(thisMachine()));

/** Builds HOST_EXECUTABLE from dist/host-sea/dips-companion-host.cjs unless it already holds that script. */
export function ensureHostExecutable(): string {
  return buildExecutable(thisMachine(), {
    rootDir: repoRoot(),
    outDir: join(repoRoot(), "dist/executables"),
    reuseUnchanged: true,
  });
}
