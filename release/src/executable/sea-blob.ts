// SPDX-License-Identifier: MIT
/**
 * The Node SEA preparation blob of one executable: the host's script (dist/host-sea/dips-companion-host.cjs) and
 * the target's koffi.node with its SHA-256 as assets (host/card/pcsc/koffi-native-from-executable.ts reads them).
 *
 * The blob is made by the linux-x64 Node binary of the pinned version for every target: without a code cache or a
 * snapshot it holds only the script and the assets, nothing specific to the platform that made it, so the same
 * bytes serve Linux, macOS and Windows (the Windows executable built this way runs under Wine; see
 * test/integration/executable-*.test.ts).
 */
import { createHash } from "node:crypto";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runQuietly } from "./run-quietly";
import { KOFFI_ASSET, KOFFI_SHA256_ASSET } from "../../../host/card/pcsc/koffi-native-from-executable";

export interface SeaBlobInput {
  /** The host's one CommonJS script. */
  readonly script: string;
  /** The target's prebuilt koffi.node. */
  readonly koffiNode: string;
  /** A Node binary of the pinned version that runs on this machine (linux-x64). */
  readonly generatorNode: string;
  /** An empty folder for the config and the blob. */
  readonly workDir: string;
}

/** The script's name inside the blob. */
const MAIN_SCRIPT = "dips-companion-host.cjs";

/** The blob's settings besides its files (part of what an executable is made of: build-executable.ts). */
export const SEA_SETTINGS = {
  disableExperimentalSEAWarning: true,
  // Neither is portable between platforms, and the script is small enough to compile at start.
  useSnapshot: false,
  useCodeCache: false,
  // The user's NODE_OPTIONS must not reach the process that handles PINs (a `--require`, or an `--inspect`
  // debugger port any local process can connect to); the Node launcher dropped it for the same reason.
  execArgvExtension: "none",
  // Node opens its inspector on 127.0.0.1:9229 when sent SIGUSR1, and any local process of the user could then run
  // code in the PIN-handling host without authentication. This flag leaves SIGUSR1 to the default action instead.
  execArgv: ["--disable-sigusr1"],
} as const;

/** Writes the blob into `workDir` and returns its path. */
export function writeSeaBlob(input: SeaBlobInput): string {
  const sha256File = join(input.workDir, "koffi.node.sha256");
  writeFileSync(sha256File, `${createHash("sha256").update(readFileSync(input.koffiNode)).digest("hex")}\n`);
  const blob = join(input.workDir, "sea-prep.blob");
  // The blob records the main script's path as given (Node shows it in stack traces): a fixed relative name, so
  // the build folder does not end up in the executable and two builds from different folders give the same bytes.
  copyFileSync(input.script, join(input.workDir, MAIN_SCRIPT));
  const config = {
    main: MAIN_SCRIPT,
    output: blob,
    ...SEA_SETTINGS,
    assets: { [KOFFI_ASSET]: input.koffiNode, [KOFFI_SHA256_ASSET]: sha256File },
  };
  const configFile = join(input.workDir, "sea-config.json");
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  runQuietly(input.generatorNode, ["--experimental-sea-config", configFile], { cwd: input.workDir, env: {} });
  return blob;
}
