#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// `npm start`: build the host and the extension, bundle the TypeScript driver (scripts/start/main.ts, which uses
// the practice site, the card emulator and the PC/SC test stack from test/) with esbuild, and run it.
// Options: npm start -- --help
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundleDriver } from "./bundle-driver.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const help = args.includes("--help") || args.includes("-h");

if (!help && !args.includes("--no-build")) {
  process.stdout.write("Building the host and the extension (npm run build) …\n");
  const built = spawnSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// Three folders deep, like the test/e2e/support modules it bundles, so their paths relative to their own folder
// (`../../../dist/…`) still point into this repository from the bundle.
const outfile = join(root, "build", "start", "driver", "start-driver.mjs");
await bundleDriver(join(root, "scripts", "start", "main.ts"), outfile);
const { main } = await import(pathToFileURL(outfile).href);
process.exitCode = await main(args);
