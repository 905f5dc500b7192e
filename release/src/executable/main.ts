// SPDX-License-Identifier: MIT
/**
 * Entry of `npm run build:exe [-- target…]`: builds the host's executables into DIPS_EXECUTABLE_OUT (default
 * dist/executables/) for the targets named (linux-x64, linux-arm64, darwin-x64, win-x64, or `all`), default the
 * one of this machine. Needs `npm run build:host` first; an executable already built from the same script is kept.
 */
import { join } from "node:path";
import { buildExecutable, EXECUTABLE_TARGETS, type ExecutableTarget } from "./build-executable";

const rootDir = join(import.meta.dirname, "../../..");
const isTarget = (name: string): name is ExecutableTarget => EXECUTABLE_TARGETS.some((target) => target === name);
const named = process.argv.slice(2);
const thisMachine = `${process.platform === "win32" ? "win" : process.platform}-${process.arch}`;
const targets = named.includes("all") ? [...EXECUTABLE_TARGETS] : named.length > 0 ? named : [thisMachine];
const unknown = targets.filter((name) => !isTarget(name));
if (unknown.length > 0)
  throw new Error(`unknown target ${unknown.join(", ")}; known: ${EXECUTABLE_TARGETS.join(", ")}`);
const outDir = process.env.DIPS_EXECUTABLE_OUT ?? join(rootDir, "dist/executables");
for (const target of targets.filter(isTarget)) {
  const started = Date.now();
  const path = buildExecutable(target, { rootDir, outDir, reuseUnchanged: true });
  process.stdout.write(`built ${path} (${Date.now() - started} ms)\n`);
}
