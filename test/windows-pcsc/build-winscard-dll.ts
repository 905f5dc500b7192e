// SPDX-License-Identifier: MIT
/**
 * Builds the test winscard.dll (winscard-bridge.c) with Debian's mingw-w64 cross compiler and puts it into a Wine
 * prefix's system32, where Windows keeps its own winscard.dll. It is a test-only dependency: the product and its
 * users never need a compiler.
 *
 * Why system32 and a DLL override rather than a copy beside the executable: Wine loads its builtin stub either way
 * unless WINEDLLOVERRIDES says `winscard=n` (tried with Wine 8.0: a probe calling SCardEstablishContext got the
 * stub's SCARD_F_INTERNAL_ERROR from a copy in system32 and from one beside the .exe, and this DLL's answer only with
 * the override). With the override needed anyway, system32 keeps the host's folder exactly as its installer made it
 * (the packaging tests compare it), and the host finds the DLL where it finds Windows' own.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import { join } from "node:path";

/** Debian package gcc-mingw-w64-x86-64. */
export const MINGW_GCC = "x86_64-w64-mingw32-gcc";

/** The DLL override that makes Wine load the native winscard.dll from system32. */
export const WINSCARD_OVERRIDE = "winscard=n";

/** Compiles winscard.dll into `outDir` and returns its path; throws naming the package when the compiler is missing. */
export function buildWinscardDll(outDir: string): string {
  const out = join(outDir, "winscard.dll");
  try {
    execFileSync(
      MINGW_GCC,
      [
        "-O2",
        "-Wall",
        "-Wextra",
        "-Werror",
        "-shared",
        "-static-libgcc",
        "-o",
        out,
        join(import.meta.dirname, "winscard-bridge.c"),
        "-lws2_32",
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new Error(`${MINGW_GCC} is missing: apt-get install gcc-mingw-w64-x86-64 (test-only)`, { cause: error });
    throw error;
  }
  return out;
}

/** Copies `dll` over the prefix's system32\winscard.dll (the 64-bit system folder). */
export function installWinscardDll(prefixDir: string, dll: string): void {
  copyFileSync(dll, join(prefixDir, "drive_c/windows/system32/winscard.dll"));
}
