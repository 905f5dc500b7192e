// SPDX-License-Identifier: MIT
/** Builds the browser stand-in (browser-stand-in.ts) for Windows node.exe and runs it inside a Wine prefix. */
import { build } from "esbuild";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { WinePrefix, type WineRun } from "../wine-prefix";
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
    const files = standInFiles(dir, input);
    return readOutcome(
      files.resultFile,
      prefix.run([nodeExe, ...[script, ...files.args].map(windowsArg)], timeoutOf(input)),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * runStandIn without blocking this process: for tests whose own event loop serves the host meanwhile (a winscard
 * bridge, the card emulator, `$control` steps).
 */
export async function runStandInAsync(
  prefix: WinePrefix,
  nodeExe: string,
  script: string,
  input: StandInInput,
): Promise<StandInResult> {
  const dir = mkdtempSync(join(prefix.dir, "stand-in-"));
  try {
    const files = standInFiles(dir, input);
    const run = await prefix.runAsync([nodeExe, ...[script, ...files.args].map(windowsArg)], timeoutOf(input));
    return readOutcome(files.resultFile, run);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const windowsArg = (path: string): string => WinePrefix.windowsPath(path);
const timeoutOf = (input: StandInInput): number => input.timeoutMs + 30_000;

function standInFiles(dir: string, input: StandInInput): { resultFile: string; args: string[] } {
  const inputFile = join(dir, "input.json");
  const resultFile = join(dir, "result.json");
  writeFileSync(inputFile, JSON.stringify(input));
  return { resultFile, args: [inputFile, resultFile] };
}

function readOutcome(resultFile: string, run: WineRun): StandInResult {
  let outcome: { ok: true; result: StandInResult } | { ok: false; error: string };
  try {
    outcome = JSON.parse(readFileSync(resultFile, "utf8")) as typeof outcome;
  } catch {
    throw new Error(`the browser stand-in wrote no result (exit ${run.status}): ${run.output}`);
  }
  if (!outcome.ok) throw new Error(`browser stand-in: ${outcome.error}`);
  return outcome.result;
}
