// SPDX-License-Identifier: MIT
/** Vite build of the extension for one browser: `vite build -c extension/vite.config.ts --mode chrome|firefox`. */
import { fileURLToPath } from "node:url";
import { crx } from "@crxjs/vite-plugin";
import { defineConfig } from "vite";
import { pathIndependentOutput } from "../scripts/vite-reproducible";
import { buildManifest, type BuildTarget } from "./manifest.config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig(({ mode }) => {
  if (mode !== "chrome" && mode !== "firefox") throw new Error(`unknown build target "${mode}" (chrome | firefox)`);
  const target: BuildTarget = mode;
  return {
    root,
    publicDir: "public",
    logLevel: "warn",
    plugins: [pathIndependentOutput(), crx({ manifest: buildManifest(target), browser: target, liveReload: false })],
    build: {
      outDir: fileURLToPath(new URL(`../dist/${target}`, import.meta.url)),
      emptyOutDir: true,
      target: "es2022",
      minify: false,
      rollupOptions: {
        input: { pin: "pages/pin/index.html", precheck: "pages/precheck/index.html" },
        // No content hashes in chunk names: an extension ships as one versioned package (no cache to bust), and
        // @crxjs's path-derived script ids leaked into those hashes (see scripts/vite-reproducible.ts).
        output: { entryFileNames: "assets/[name].js", chunkFileNames: "assets/[name].js" },
      },
    },
  };
});
