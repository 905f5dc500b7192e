#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// `npm run bench [-- --runs N] [-- --no-build] [-- --only launch|executable|corpus]`: ours vs OpenSC on the same emulated card through
// the shared pcscd (the emulator acks at once: TCP_QUICKACK), plus host start-up, warm overhead, prefill and bundle sizes. Builds
// the host and the extension, bundles the TypeScript driver (scripts/bench/main.ts) with esbuild and runs it. Never
// part of npm test. `--only launch` measures launchApp → recvMsg alone and `--only executable` the host cold start
// (bundle on Node beside the single executable) and the executables' sizes, `--only corpus` prefill on the markup corpus
// (test/prefill-corpus); each prints its rows (results.json untouched).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundleDriver } from "./bundle-driver.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);

if (!args.includes("--no-build")) {
  process.stdout.write("Building the host and the extension (npm run build) …\n");
  const built = spawnSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const outfile = join(root, "build", "bench", "bench-driver.mjs");
// The browser part runs in its own process from build/bench/e2e/: the e2e helpers find dist/ relative to themselves.
const launchOutfile = join(root, "build", "bench", "e2e", "launch-driver.mjs");
for (const [entry, file] of [
  ["main.ts", outfile],
  ["launch-main.ts", launchOutfile],
]) {
  await bundleDriver(join(root, "scripts", "bench", entry), file);
}
const { main } = await import(pathToFileURL(outfile).href);
// Exit explicitly: the bench's own PC/SC monitor and emulated card would keep the event loop alive.
process.exit(await main(root, args));
