// SPDX-License-Identifier: MIT
/** Builds the browser stand-in (browser-stand-in.ts) for Windows node.exe and runs it inside a Wine prefix. */
import { build } from "esbuild";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { WinePrefix } from "../wine-prefix";
import type { StandInInput, StandInResult } from "./browser-stand-in";

/** Bundles the stand-in into `<dir>/browser-stand-in.cjs` (Node 22's CommonJS) and returns its path. */
export async function bundleStandIn(dir: string): Promise<string> {
  const outfile = join(dir, "browser-stand-in.cjs");
  await build({
    entryPoints: [join(import.meta.dirname, "browser-stand-in.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node22",
    format: "cjs",
    logLevel: "warning",
  });
  return outfile;
}

/** Runs the stand-in with Windows `nodeExe` in `prefix`; throws with its error when it could not talk to the host. */
export function runStandIn(prefix: WinePrefix, nodeExe: string, script: string, input: StandInInput): StandInResult {
  const dir = mkdtempSync(join(prefix.dir, "stand-in-"));
  try {
    const inputFile = join(dir, "input.json");
    const resultFile = join(dir, "result.json");
    writeFileSync(inputFile, JSON.stringify(input));
    const run = prefix.run(
      [nodeExe, WinePrefix.windowsPath(script), WinePrefix.windowsPath(inputFile), WinePrefix.windowsPath(resultFile)],
      input.timeoutMs + 30_000,
    );
    let outcome: { ok: true; result: StandInResult } | { ok: false; error: string };
    try {
      outcome = JSON.parse(readFileSync(resultFile, "utf8")) as typeof outcome;
    } catch {
      throw new Error(`the browser stand-in wrote no result (exit ${run.status}): ${run.output}`);
    }
    if (!outcome.ok) throw new Error(`browser stand-in: ${outcome.error}`);
    return outcome.result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
