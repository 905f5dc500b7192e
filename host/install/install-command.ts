// SPDX-License-Identifier: MIT
/** `install` / `uninstall`: placeholder until the manifest writer lands. */
export function runInstallCommand(_verb: "install" | "uninstall", _args: string[]): Promise<number> {
  return Promise.resolve(2);
}
