// SPDX-License-Identifier: MIT
/** Vite build of the extension for one browser: `vite build -c extension/vite.config.ts --mode chrome|firefox`. */
import { fileURLToPath } from "node:url";
import { crx } from "@crxjs/vite-plugin";
import { defineConfig, minify, type Plugin } from "vite";
import { stripEvalProbeFromCode } from "./vite-plugins/strip-eval-probe.mjs";
import { buildDefines, distFolder } from "./vite-plugins/build-variant";
import { pathIndependentOutput } from "./vite-plugins/vite-reproducible";
import { SHIPPED_COMMENTS } from "./vite-plugins/shipped-comments";
import { buildManifest, type BuildTarget } from "./manifest.config";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Output folders of the content scripts (the same convention scripts/build-extension.mjs relies on). */
const CONTENT_SCRIPT_DIRS = ["content/", "prefill/"];

/**
 * Minifies the content scripts, which @crxjs bundles as IIFE in a build of its own that inherits `minify: false`:
 * the page bridge loads with every allowlisted page (budget: under 20 KB gzipped, README → Performance). Pages and the
 * background stay unminified (readable in review and in stack traces). zod's eval probe is removed first, while it is
 * recognisable.
 */
function minifyContentScripts(): Plugin {
  return {
    name: "dips-companion:minify-content-scripts",
    apply: "build",
    enforce: "post",
    async generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== "asset" || !file.fileName.endsWith(".js")) continue;
        if (!CONTENT_SCRIPT_DIRS.some((dir) => file.fileName.startsWith(dir))) continue;
        const source = typeof file.source === "string" ? file.source : new TextDecoder().decode(file.source);
        const result = await minify(file.fileName, stripEvalProbeFromCode(source), { compress: true, mangle: true });
        if (result.errors.length > 0) throw new Error(`minifying ${file.fileName}: ${result.errors[0]?.message}`);
        file.source = result.code;
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode !== "chrome" && mode !== "firefox") throw new Error(`unknown build target "${mode}" (chrome | firefox)`);
  const target: BuildTarget = mode;
  return {
    root,
    publicDir: "public",
    define: buildDefines(),
    logLevel: "warn",
    plugins: [
      pathIndependentOutput(),
      crx({ manifest: buildManifest(target), browser: target, liveReload: false }),
      // After @crxjs: its IIFE content scripts are emitted in its (post) generateBundle.
      minifyContentScripts(),
    ],
    build: {
      outDir: fileURLToPath(new URL(`../dist/${distFolder(target)}`, import.meta.url)),
      emptyOutDir: true,
      target: "es2022",
      minify: false,
      rollupOptions: {
        // The PIN window's page is built on its own (vite.pin-page.config.ts).
        input: { precheck: "pages/precheck/index.html", guide: "pages/guide/index.html" },
        // No content hashes in chunk names: an extension ships as one versioned package (no cache to bust), and
        // @crxjs's path-derived script ids leaked into those hashes (see vite-plugins/vite-reproducible.ts).
        output: { entryFileNames: "assets/[name].js", chunkFileNames: "assets/[name].js", comments: SHIPPED_COMMENTS },
      },
    },
  };
});
