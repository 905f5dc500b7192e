#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// `npm run package`: bundles the TypeScript packager (release/src/main.ts) with esbuild and runs it.
// Options and environment are described in release/src/main.ts.
import { build } from "esbuild";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outfile = `${root}build/package/package.mjs`;
await build({
  absWorkingDir: root,
  entryPoints: ["release/src/main.ts"],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  logLevel: "warning",
  // The bundle lives two folders below the root, like the sources it came from: keep import.meta.dirname right.
  define: { "import.meta.dirname": JSON.stringify(`${root}release/src`) },
});
await import(pathToFileURL(outfile).href);
