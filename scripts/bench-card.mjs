#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// `npm run bench:card [-- --runs N]`: the native host's card operations through the shared PC/SC test stack
// (pcscd + vpcd + the card emulator, which acks at once: TCP_QUICKACK). For each operation: APDUs and milliseconds on a
// freshly inserted card (cold) and the median of N repeats (warm, per-insertion cache in use); and the host's cold
// start (spawn → first reply). A benchmark, not a test: it prints figures and asserts nothing.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundleDriver } from "./bundle-driver.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const built = spawnSync(process.execPath, [join(root, "scripts", "build-host.mjs")], { cwd: root, stdio: "inherit" });
if (built.status !== 0) process.exit(built.status ?? 1);

const outfile = join(root, "build", "bench-card", "driver.mjs");
await bundleDriver(join(root, "scripts", "bench-card", "driver.ts"), outfile);
const { main } = await import(pathToFileURL(outfile).href);
process.exitCode = await main(root, process.argv.slice(2));
