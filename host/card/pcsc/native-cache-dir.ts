// SPDX-License-Identifier: MIT
/**
 * The folder the single executable writes koffi's native module into (host/card/pcsc/koffi-native-from-executable.ts),
 * and the check that nobody but this user can change what is in it. Whoever can write there can put code into the
 * process that receives PINs, so the folder is refused unless it and every folder above it are safe (docs/security.md,
 * "the executable's native module").
 */
import { lstatSync, mkdirSync, realpathSync } from "node:fs";
import { homedir, userInfo } from "node:os";
import { dirname, isAbsolute, join } from "node:path";

/**
 * This user's cache folder for the host. As root (POSIX), the home folder comes from the password database, never
 * from `HOME` or `XDG_CACHE_HOME`: `sudo` keeps `HOME` on macOS, so a user's own folder would otherwise feed code to
 * a root process.
 */
export function userCacheDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  euid: number | undefined = process.geteuid?.(),
): string {
  if (platform === "win32")
    return join(env.LOCALAPPDATA ?? join(homedir(), "AppData", "Local"), "DIPS Companion", "cache");
  const root = euid === 0;
  const home = root ? userInfo().homedir : homedir();
  if (platform === "darwin") return join(home, "Library", "Caches", "DIPS Companion");
  // The XDG Base Directory spec: an empty or relative XDG_CACHE_HOME is to be ignored.
  const xdg = root ? undefined : env.XDG_CACHE_HOME;
  return join(xdg !== undefined && isAbsolute(xdg) ? xdg : join(home, ".cache"), "dips-companion");
}

/** A cache folder that another account could change. */
export class UnsafeCacheDirError extends Error {
  constructor(folder: string, reason: string) {
    super(`refusing the cache folder ${folder}: ${reason}`);
    this.name = "UnsafeCacheDirError";
  }
}

const GROUP_OTHER_WRITE = 0o022;
const STICKY = 0o1000;

/**
 * Creates `dir` (mode 0700) when missing and returns its real path once it is safe: a folder (not a link) that the
 * effective user owns and that group and others cannot write, under folders each owned by that user or root and
 * writable by nobody else, unless sticky (like /tmp, where nobody can rename another's entry). POSIX only: on
 * Windows mode bits say nothing about the ACL (docs/security.md says why the folder is safe there).
 */
export function privateCacheDir(dir: string, euid: number): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const real = realpathSync(dir);
  for (let folder = real; ; folder = dirname(folder)) {
    const stats = lstatSync(folder);
    const own = folder === real;
    if (!stats.isDirectory()) throw new UnsafeCacheDirError(real, `${folder} is not a folder`);
    if (stats.uid !== euid && (own || stats.uid !== 0))
      throw new UnsafeCacheDirError(real, `${folder} belongs to uid ${stats.uid}`);
    const othersWrite = (stats.mode & GROUP_OTHER_WRITE) !== 0;
    if (othersWrite && (own || (stats.mode & STICKY) === 0))
      throw new UnsafeCacheDirError(real, `${folder} can be written by group or others`);
    if (dirname(folder) === folder) return real;
  }
}
