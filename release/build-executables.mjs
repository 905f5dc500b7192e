#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// `npm run build:exe [-- target…]`: the host as single executables (release/src/executable/main.ts) in
// dist/executables/; default target: this machine's.
import { build } from "esbuild";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outfile = `${root}build/package/build-executables.mjs`;
await build({
  absWorkingDir: root,
  entryPoints: ["release/src/executable/main.ts"],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  logLevel: "warning",
  define: { "import.meta.dirname": JSON.stringify(`${root}release/src/executable`) },
});
await import(pathToFileURL(outfile).href);
