// SPDX-License-Identifier: MIT
// The one esbuild bootstrap of the repository's TypeScript tools (bench, start, and release/run-bundled.mjs for the
// packager): bundles an entry point into one ES module under build/ so Node runs it without a TS loader. npm packages
// (puppeteer-core, koffi, pkijs, zod, happy-dom, esbuild) stay external and load from node_modules.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { build } from "esbuild";

/**
 * @param {string} entry the driver's .ts entry  @param {string} outfile the .mjs to write
 * @param {{ absWorkingDir?: string, define?: Record<string, string> }} [options] passed to esbuild
 */
export async function bundleDriver(entry, outfile, options = {}) {
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    packages: "external",
    logLevel: "warning",
    ...options,
  });
}
