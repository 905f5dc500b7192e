// SPDX-License-Identifier: MIT
// Removes zod's `new Function("")` probe from the built extension. MV3 pages forbid eval, so the probe always throws
// there and zod takes its non-JIT path anyway; without it `web-ext lint` reports no DANGEROUS_EVAL and the browser
// no CSP violation. Done on the output because @crxjs bundles content scripts in a separate build without our plugins.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const PROBE = /new Function\(""\);(\s*)return true;/g;

/** `code` with the probe replaced by a throw (unchanged when it has none); the build minifies content scripts after this. */
export function stripEvalProbeFromCode(code) {
  return code.replace(PROBE, 'throw new Error("no eval in extension pages");$1return true;');
}

/** Rewrites every .js file under `dir` that carries the probe; returns how many were changed. */
export function stripEvalProbe(dir) {
  let changed = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".js")) continue;
    const file = join(entry.parentPath ?? entry.path, entry.name);
    const code = readFileSync(file, "utf8");
    if (!PROBE.test(code)) continue;
    writeFileSync(file, stripEvalProbeFromCode(code));
    changed += 1;
  }
  return changed;
}
