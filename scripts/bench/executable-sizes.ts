// SPDX-License-Identifier: MIT
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import {
  buildExecutable,
  EXECUTABLE_TARGETS,
  type ExecutableTarget,
} from "../../release/src/executable/build-executable";

/** One single executable's size: as it is installed, and gzipped (level 6, as in its .tar.gz). */
export interface ExecutableSize {
  readonly target: ExecutableTarget;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** Builds (or keeps, when built from the same script) every target's executable in dist/executables and sizes it. */
export function executableSizes(root: string): ExecutableSize[] {
  return EXECUTABLE_TARGETS.map((target) => {
    const path = buildExecutable(target, {
      rootDir: root,
      outDir: join(root, "dist/executables"),
      reuseUnchanged: true,
    });
    const bytes = readFileSync(path);
    return { target, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 6 }).length };
  });
}
