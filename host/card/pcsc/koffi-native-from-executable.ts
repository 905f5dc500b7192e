// SPDX-License-Identifier: MIT
/**
 * koffi's native module when the host runs as a single executable (Node SEA): the build puts the target's prebuilt
 * `koffi.node` into the executable as an asset, with its SHA-256 as a second asset. Node can only load a native
 * module from a file, so the asset is written to this user's cache folder (native-cache-dir.ts) and loaded from
 * there, in a way that loads exactly the bytes of the asset (docs/security.md, "the executable's native module"):
 * - Linux: `koffi-<sha256>.node` is opened without following links; it must be a regular file of this user that
 *   nobody else can write, holding the asset's bytes (about 1 ms to compare), or it is replaced. The module is then
 *   loaded through `/proc/self/fd/N` of that same open file, so a name swapped after the check changes nothing.
 * - elsewhere: written into a fresh folder of its own (mkdtemp, mode 0700) and loaded from there.
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

/** Private load folders (not Linux) older than this are left over from earlier runs and removed. */
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

/** Other OSes: a fresh private folder per start, which nobody else can have prepared. */
function loadFromPrivateFolder(dir: string, bytes: Buffer): unknown {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(LOAD_DIR_PREFIX)) continue;
    try {
      if (Date.now() - statSync(join(dir, name)).mtimeMs > STALE_LOAD_DIR_MS)
        rmSync(join(dir, name), { recursive: true, force: true });
    } catch {
      // Still loaded by a running host (Windows keeps a loaded DLL's file): removed by a later start.
    }
  }
  const folder = mkdtempSync(join(dir, LOAD_DIR_PREFIX));
  const file = join(folder, "koffi.node");
  writeFileSync(file, bytes, { flag: "wx", mode: 0o600 });
  const module = { exports: {} as unknown };
  process.dlopen(module, file);
  // macOS lets a loaded library's file go at once; Windows does not (a later start removes it).
  if (process.platform !== "win32") rmSync(folder, { recursive: true, force: true });
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
  if (euid === undefined) return loadFromPrivateFolder(ensureFolder(userCacheDir()), bytes);
  const dir = privateCacheDir(userCacheDir(), euid);
  return process.platform === "linux"
    ? loadThroughDescriptor(dir, bytes, sha256, euid)
    : loadFromPrivateFolder(dir, bytes);
}

/** Windows: the folder under %LOCALAPPDATA%, whose ACL admits only this user (docs/security.md). */
function ensureFolder(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}
