// SPDX-License-Identifier: MIT
/**
 * koffi's native module when the host runs as a single executable (Node SEA): the build puts the target's prebuilt
 * `koffi.node` into the executable as an asset, with its SHA-256 as a second asset. Node can only load a native
 * module from a file, so it is written once to this user's cache folder (`koffi-<sha256>.node`, a new name for new
 * contents, so a running host's loaded file is never replaced) and loaded from there with process.dlopen.
 * The file is compared with the asset at every start (about 1 ms), so a damaged or altered copy is rewritten, not
 * loaded.
 *
 * The executable's bundle (scripts/build-host.mjs) resolves koffi's `@koromix/koffi-<os>-<arch>` to this module.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { getAsset, getRawAsset } from "node:sea";

/** Asset names, shared with the executable builder (release/src/executable/sea-blob.ts). */
export const KOFFI_ASSET = "koffi.node";
export const KOFFI_SHA256_ASSET = "koffi.node.sha256";

/** This user's cache folder for the host. */
export function userCacheDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  if (platform === "win32")
    return join(env.LOCALAPPDATA ?? join(homedir(), "AppData", "Local"), "DIPS Companion", "cache");
  if (platform === "darwin") return join(homedir(), "Library", "Caches", "DIPS Companion");
  // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- an empty XDG_CACHE_HOME means unset (XDG Base Directory spec)
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "dips-companion");
}

function sameBytes(path: string, expected: Uint8Array): boolean {
  try {
    return Buffer.from(expected).equals(readFileSync(path));
  } catch {
    return false;
  }
}

/** Writes beside the target and renames, so a concurrent host never loads a half-written file. */
function writeAtomically(path: string, bytes: Uint8Array): void {
  const partial = `${path}.${process.pid}.partial`;
  const fd = openSync(partial, "w", 0o600);
  try {
    writeSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
}

/** The native module (what `require("@koromix/koffi-<os>-<arch>")` returns outside an executable). */
export function koffiNativeFromExecutable(): unknown {
  const raw = getRawAsset(KOFFI_ASSET);
  if (typeof raw === "string") throw new Error(`asset ${KOFFI_ASSET} is not binary`);
  const bytes = new Uint8Array(raw);
  const sha256 = getAsset(KOFFI_SHA256_ASSET, "utf8").trim();
  const dir = userCacheDir();
  const path = join(dir, `koffi-${sha256}.node`);
  if (!sameBytes(path, bytes)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeAtomically(path, bytes);
  }
  const module = { exports: {} as unknown };
  process.dlopen(module, path);
  return module.exports;
}
