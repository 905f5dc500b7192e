// SPDX-License-Identifier: MIT
// Runs one of release/src's TypeScript entry points: bundles it into build/package/ with the repository's one esbuild
// bootstrap (scripts/bundle-driver.mjs) and imports it.
import { dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundleDriver } from "../scripts/bundle-driver.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

/** `entryPoint` is relative to the repository root; `name` names the bundle. */
export async function runBundled(entryPoint, name) {
  const outfile = `${root}build/package/${name}.mjs`;
  await bundleDriver(entryPoint, outfile, {
    absWorkingDir: root,
    // The bundle lives elsewhere than its sources: keep import.meta.dirname pointing at the entry's folder.
    define: { "import.meta.dirname": JSON.stringify(`${root}${dirname(entryPoint)}`) },
  });
  await import(pathToFileURL(outfile).href);
}
