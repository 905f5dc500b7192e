// SPDX-License-Identifier: MIT
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { repoRoot } from "../pki/repo-path";
import { STACK_CACHE_DIR } from "./stack-layout";

/** The shim's C source; found next to this module, or in the repository when this runs from a bundle. */
function shimSource(): string {
  const beside = fileURLToPath(new URL("./nodelay-shim.c", import.meta.url));
  return existsSync(beside) ? beside : join(repoRoot(), "test", "stack", "nodelay-shim.c");
}

/**
 * Compiles `nodelay-shim.c` with gcc into the cache folder on first use and returns the .so path. The file name
 * carries a hash of the source, so an edited shim is rebuilt and concurrent builders never see a half-written file.
 */
export function buildNodelayShim(): string {
  const source = shimSource();
  const hash = createHash("sha256").update(readFileSync(source)).digest("hex").slice(0, 12);
  const library = join(STACK_CACHE_DIR, `nodelay-shim-${hash}.so`);
  if (existsSync(library)) return library;
  mkdirSync(STACK_CACHE_DIR, { recursive: true });
  const partial = `${library}.${process.pid}.tmp`;
  execFileSync("gcc", ["-shared", "-fPIC", "-O2", "-Wall", "-o", partial, source, "-ldl"], { stdio: "pipe" });
  renameSync(partial, library);
  return library;
}
