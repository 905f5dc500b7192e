// SPDX-License-Identifier: MIT
/**
 * koffi's native module when the host runs as a single executable (Node SEA): the build puts the target's prebuilt
 * `koffi.node` into the executable as an asset, with its SHA-256 as a second asset. Node can only load a native
 * module from a file, so the asset is written to this user's cache folder (native-cache-dir.ts) and loaded from
 * there, in a way that loads exactly the bytes of the asset (docs/security.md, "the executable's native module"):
 * - Linux: `koffi-<sha256>.node` is opened without following links; it must be a regular file of this user that
 *   nobody else can write, holding the asset's bytes (about 1 ms to compare), or it is replaced. The module is then
 *   loaded through `/proc/self/fd/N` of that same open file, so a name swapped after the check changes nothing.
 * - macOS: written into a fresh folder of its own (mkdtemp, mode 0700), loaded from there, and the folder removed.
 * - Windows: see loadOnWindows.
 *
 * The executable's bundle (scripts/build-host.mjs) resolves koffi's `@koromix/koffi-<os>-<arch>` to this module, and
 * only the native-messaging path of host/main.ts reaches it.
 */
import { randomBytes } from "node:crypto";
import {
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { getAsset, getRawAsset } from "node:sea";
import { privateCacheDir, userCacheDir } from "./native-cache-dir";

/** Asset names, shared with the executable builder (release/src/executable/sea-blob.ts). */
export const KOFFI_ASSET = "koffi.node";
export const KOFFI_SHA256_ASSET = "koffi.node.sha256";

/** Private load folders (macOS) older than this are left over from an interrupted start and removed. */
const STALE_LOAD_DIR_MS = 60_000;
const LOAD_DIR_PREFIX = "load-";

/**
 * Opens `path` without following a link and without waiting on a FIFO, and returns the descriptor when it is a
 * regular file with one name, owned by `euid`, writable by nobody else, and holding exactly `bytes`.
 */
function openVerified(path: string, bytes: Buffer, euid: number): number | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  const stats = fstatSync(fd);
  const safe =
    stats.isFile() &&
    stats.nlink === 1 &&
    stats.uid === euid &&
    (stats.mode & 0o022) === 0 &&
    stats.size === bytes.length &&
    readFileSync(fd).equals(bytes);
  if (safe) return fd;
  closeSync(fd);
  return undefined;
}

/** Writes a new file under a random name (never an existing one, never through a link) and renames it to `path`. */
function replace(dir: string, path: string, bytes: Buffer): void {
  const partial = join(dir, `.koffi-${randomBytes(8).toString("hex")}.partial`);
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
  const fd = openSync(partial, flags, 0o600);
  try {
    writeFileSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
  // rename replaces the directory entry itself, whatever it was (a link, a FIFO), never what it points to.
  renameSync(partial, path);
}

/** Linux: the cached file, checked through one descriptor and loaded through that descriptor. */
function loadThroughDescriptor(dir: string, bytes: Buffer, sha256: string, euid: number): unknown {
  const path = join(dir, `koffi-${sha256}.node`);
  let fd = openVerified(path, bytes, euid);
  if (fd === undefined) {
    replace(dir, path, bytes);
    fd = openVerified(path, bytes, euid);
  }
  if (fd === undefined) throw new Error(`${path} changed while it was written`);
  try {
    const byDescriptor = `/proc/self/fd/${fd}`;
    const opened = fstatSync(fd);
    const named = statSync(byDescriptor);
    if (named.dev !== opened.dev || named.ino !== opened.ino) throw new Error("/proc is not this process's procfs");
    const module = { exports: {} as unknown };
    process.dlopen(module, byDescriptor);
    return module.exports;
  } finally {
    closeSync(fd);
  }
}

/** macOS: a fresh private folder per start, which nobody else can have prepared. */
function loadFromPrivateFolder(dir: string, bytes: Buffer): unknown {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(LOAD_DIR_PREFIX)) continue;
    try {
      if (Date.now() - statSync(join(dir, name)).mtimeMs > STALE_LOAD_DIR_MS)
        rmSync(join(dir, name), { recursive: true, force: true });
    } catch {
      // Gone meanwhile, or not ours to remove: left alone.
    }
  }
  const folder = mkdtempSync(join(dir, LOAD_DIR_PREFIX));
  const file = join(folder, "koffi.node");
  writeFileSync(file, bytes, { flag: "wx", mode: 0o600 });
  const module = { exports: {} as unknown };
  try {
    process.dlopen(module, file);
  } finally {
    // A loaded library's file may go at once; the process keeps its mapping.
    rmSync(folder, { recursive: true, force: true });
  }
  return module.exports;
}

/**
 * Windows: `koffi-<sha256>.node` in the user's cache (the name the MSI's uninstall removes, release/src/msi/), kept
 * when it holds the asset's bytes, else replaced by a file created new (never through an existing name). Only this
 * account, SYSTEM and Administrators can write under %LOCALAPPDATA%, and a file loaded by a running host cannot be
 * changed while it stays loaded (docs/security.md says why this is enough there).
 */
function loadOnWindows(dir: string, bytes: Buffer, sha256: string): unknown {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `koffi-${sha256}.node`);
  let same = false;
  try {
    same = readFileSync(path).equals(bytes);
  } catch {
    // Missing: written below.
  }
  if (!same) {
    rmSync(path, { force: true });
    writeFileSync(path, bytes, { flag: "wx" });
  }
  const module = { exports: {} as unknown };
  process.dlopen(module, path);
  return module.exports;
}

/** The native module (what `require("@koromix/koffi-<os>-<arch>")` returns outside an executable). */
export function koffiNativeFromExecutable(): unknown {
  const raw = getRawAsset(KOFFI_ASSET);
  if (typeof raw === "string") throw new Error(`asset ${KOFFI_ASSET} is not binary`);
  const bytes = Buffer.from(raw);
  const sha256 = getAsset(KOFFI_SHA256_ASSET, "utf8").trim();
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`asset ${KOFFI_SHA256_ASSET} is not a SHA-256`);
  const euid = process.geteuid?.();
  if (euid === undefined) return loadOnWindows(userCacheDir(), bytes, sha256);
  const dir = privateCacheDir(userCacheDir(), euid);
  return process.platform === "linux"
    ? loadThroughDescriptor(dir, bytes, sha256, euid)
    : loadFromPrivateFolder(dir, bytes);
}
