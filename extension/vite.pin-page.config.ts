// SPDX-License-Identifier: MIT
/**
 * Vite build of the PIN window's page on its own, after the main build (extension/vite.config.ts), as one script
 * and one stylesheet: `vite build -c extension/vite.pin-page.config.ts --mode chrome|firefox`. The window opens on
 * every card request and the user waits for it; in the main build it loaded eight files (chunks shared with the
 * other pages), and each is a round trip to the browser's extension file loader before the page can run.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { buildDefines, distFolder } from "./vite-plugins/build-variant";
import { pathIndependentOutput } from "./vite-plugins/vite-reproducible";
import { SHIPPED_COMMENTS } from "./vite-plugins/shipped-comments";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig(({ mode }) => {
  if (mode !== "chrome" && mode !== "firefox") throw new Error(`unknown build target "${mode}" (chrome | firefox)`);
  return {
    root,
    publicDir: false,
    define: buildDefines(),
    logLevel: "warn",
    plugins: [pathIndependentOutput()],
    build: {
      outDir: fileURLToPath(new URL(`../dist/${distFolder(mode)}`, import.meta.url)),
      emptyOutDir: false,
      target: "es2022",
      minify: false,
      modulePreload: false,
      rollupOptions: {
        input: { pin: "pages/pin/index.html" },
        // The confirm view of "create from My Number Card" is built on its own (vite.pin-confirm.config.ts).
        output: {
          entryFileNames: "assets/pin-window.js",
          assetFileNames: "assets/pin-window[extname]",
          comments: SHIPPED_COMMENTS,
        },
      },
    },
  };
});
