#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// `npm run package`: bundles the TypeScript packager (scripts/package/main.ts) with esbuild and runs it.
// Options and environment are described in scripts/package/main.ts.
import { build } from "esbuild";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outfile = `${root}build/package/package.mjs`;
await build({
  absWorkingDir: root,
  entryPoints: ["scripts/package/main.ts"],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  logLevel: "warning",
  // The bundle lives two folders below the root, like the sources it came from: keep import.meta.dirname right.
  define: { "import.meta.dirname": JSON.stringify(`${root}scripts/package`) },
});
await import(pathToFileURL(outfile).href);
