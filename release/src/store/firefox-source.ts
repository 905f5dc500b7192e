// SPDX-License-Identifier: MIT
/**
 * The source archive addons.mozilla.org asks for when an add-on's code is bundled: everything the Firefox build
 * reads, and the build instructions this module writes into it, which say how to rebuild the XPI byte for byte (the build and the packing are the
 * same code as `npm run package`'s, release/src/store/firefox-xpi.ts). Only the folders the extension build reads
 * are taken, so host code, tests' fixtures and local files stay out.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { writeZip, type ZipEntry } from "../zip-writer";
import { xpiFileName } from "./firefox-xpi";

export const firefoxSourceFileName = (version: string): string => `dips-companion-firefox-${version}-source.zip`;

/** Files and folders (relative to the repository root) that the Firefox build and `npm run build:xpi` read. */
export const FIREFOX_SOURCE_PATHS = [
  "extension",
  "shared",
  "manifests/managed-schema.json",
  "scripts/build-extension.mjs",
  "scripts/bundle-driver.mjs",
  "release/run-bundled.mjs",
  "release/build-xpi.mjs",
  "release/src/zip-writer.ts",
  "release/src/store/firefox-xpi.ts",
  "release/src/store/build-xpi-main.ts",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
] as const;

/** The build instructions inside the archive, naming the one timestamp every XPI member carries. */
export function buildInstructions(version: string, epochSeconds: number, nodeVersion: string): string {
  return `# Building dips-companion-firefox-${version}.xpi from this source

Requirements: Linux or macOS, Node.js ${nodeVersion} (the version that built the released XPI; other 20.x and
newer releases give the same files unless their zlib differs), npm, and network access for \`npm ci\`.

\`\`\`sh
npm ci
SOURCE_DATE_EPOCH=${epochSeconds} npm run build:xpi
\`\`\`

The XPI is then \`dist/xpi/${xpiFileName(version)}\`, byte for byte the file submitted to addons.mozilla.org:
\`sha256sum dist/xpi/${xpiFileName(version)}\` matches its line in the release's SHA256SUMS.

What the build does: \`scripts/build-extension.mjs firefox\` runs Vite (with @crxjs/vite-plugin) on \`extension/\`,
which bundles the TypeScript sources and the npm packages they import (zod, asn1js, pkijs) into \`dist/firefox/\`;
\`release/src/store/firefox-xpi.ts\` then packs that folder with sorted entries and the one timestamp above.
Nothing is minified beyond what Vite's default build does, and no file is generated from outside this archive.
`;
}

function filesUnder(rootDir: string, path: string): string[] {
  const full = join(rootDir, path);
  if (!existsSync(full)) throw new Error(`Firefox source: ${path} is missing`);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The source archive's bytes. */
export function firefoxSourceZip(rootDir: string, version: string, epochSeconds: number): Buffer {
  const entries: ZipEntry[] = FIREFOX_SOURCE_PATHS.flatMap((path) => filesUnder(rootDir, path)).map((file) => ({
    path: relative(rootDir, file).split(sep).join("/"),
    data: readFileSync(file),
  }));
  const instructions = buildInstructions(version, epochSeconds, process.versions.node);
  entries.push({ path: "BUILD-FIREFOX.md", data: Buffer.from(instructions) });
  return writeZip(entries, epochSeconds);
}
