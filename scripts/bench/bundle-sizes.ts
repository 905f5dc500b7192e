// SPDX-License-Identifier: MIT
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { z } from "zod";

/** One shipped entry: its files (entry + static imports) and their sizes. */
export interface BundleSize {
  readonly entry: string;
  readonly files: number;
  readonly bytes: number;
  /** Sum of each file gzipped on its own (level 9), as a browser fetches them. */
  readonly gzipBytes: number;
}

const IMPORT = /(?:import|export)\s*(?:[^"';]*?\sfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/gu;

/** The entry and every file it imports statically, transitively (relative `./x.js` specifiers in built output). */
function closure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      if (match[1] !== undefined) visit(resolve(dirname(file), match[1]));
    }
  };
  visit(entry);
  return [...seen];
}

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? filesUnder(join(dir, item.name)) : [join(dir, item.name)],
  );
}

/** The files of `entry`: its static-import closure, or for a folder every file in it. */
function measure(root: string, label: string, entry: string): BundleSize {
  const files = statSync(entry).isDirectory() ? filesUnder(entry) : closure(entry);
  const contents = files.map((file) => readFileSync(file));
  return {
    entry: `${label} (${relative(root, entry)})`,
    files: files.length,
    bytes: contents.reduce((sum, bytes) => sum + bytes.length, 0),
    gzipBytes: contents.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0),
  };
}

/** The script a built extension page loads (`<script type="module" src="/assets/…">`). */
function pageScript(extensionDir: string, page: string): string | undefined {
  const html = readFileSync(join(extensionDir, "pages", page, "index.html"), "utf8");
  const src = /<script[^>]*\ssrc="\/?([^"]+)"/u.exec(html)?.[1];
  return src === undefined ? undefined : join(extensionDir, src);
}

/**
 * gzip sizes of every entry of the built Chromium extension (background, content scripts, the on-demand prefill
 * script, each page) and of the host bundle. Run `npm run build` first.
 */
export function bundleSizes(root: string): BundleSize[] {
  const extension = join(root, "dist/chrome");
  const manifest = z
    .object({ background: z.object({ service_worker: z.string() }).optional() })
    .parse(JSON.parse(readFileSync(join(extension, "manifest.json"), "utf8")));
  const sizes: BundleSize[] = [];
  const add = (label: string, file: string | undefined): void => {
    if (file !== undefined && existsSync(file)) sizes.push(measure(root, label, file));
  };
  add("background", join(extension, manifest.background?.service_worker ?? "service-worker-loader.js"));
  add("content script: page bridge", join(extension, "content/bridge.js"));
  add("content script: platform override", join(extension, "content/platform-override.js"));
  add("content script: register capture", join(extension, "content/registration-capture.js"));
  add("content script: prefill (injected on demand)", join(extension, "prefill/prefill-content.js"));
  for (const page of ["popup", "options", "pin", "precheck", "guide"])
    add(`page: ${page}`, pageScript(extension, page));
  // The host is an entry plus chunks it imports on demand (scripts/build-host.mjs): count them all.
  add("host bundle", join(root, "dist/host"));
  return sizes;
}
