// SPDX-License-Identifier: MIT
import { win32 } from "node:path";

/**
 * The absolute path of a program that ships with Windows (`%SystemRoot%\System32\<name>`). A bare name would not do:
 * Windows (and libuv's search, which copies it) looks in the current folder before PATH, so a `reg.exe` left in the
 * folder the installer was started from (Downloads) would run, elevated for `install --system`. SystemRoot is
 * taken only when it is an absolute drive path; otherwise the default C:\Windows.
 */
export function systemProgram(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const root = env.SystemRoot ?? env.SYSTEMROOT ?? env.windir;
  const safeRoot = root !== undefined && /^[A-Za-z]:\\[^"%<>|?*]*$/.test(root) ? root : "C:\\Windows";
  return win32.join(safeRoot, "System32", name);
}
