// SPDX-License-Identifier: MIT
// Runs one of release/src's TypeScript entry points: bundles it with esbuild into build/package/ and imports it.
import { build } from "esbuild";
import { dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** `entryPoint` is relative to the repository root; `name` names the bundle. */
export async function runBundled(entryPoint, name) {
  const outfile = `${root}build/package/${name}.mjs`;
  await build({
    absWorkingDir: root,
    entryPoints: [entryPoint],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    packages: "external",
    logLevel: "warning",
    // The bundle lives elsewhere than its sources: keep import.meta.dirname pointing at the entry's folder.
    define: { "import.meta.dirname": JSON.stringify(`${root}${dirname(entryPoint)}`) },
  });
  await import(pathToFileURL(outfile).href);
}
