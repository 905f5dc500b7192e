// SPDX-License-Identifier: MIT
/**
 * Vite build of the PIN window's confirm-before-save view ("create from My Number Card") as one self-contained ES
 * module, `assets/pin-window-confirm.js`, after the PIN page's build (vite.pin-page.config.ts). The PIN window loads it
 * by URL only when the card was read for a profile. A chunk of the PIN page's own build would have shared zod's core
 * with the window's script, which then carried all of it (78 → 150 KB) on every card request, where the window's
 * start-up is what the user waits for.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { distFolder } from "./vite-plugins/build-variant";
import { pathIndependentOutput } from "./vite-plugins/vite-reproducible";
import { SHIPPED_COMMENTS } from "./vite-plugins/shipped-comments";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Where the PIN window finds the module (extension root relative). */
export const PIN_CONFIRM_MODULE = "assets/pin-window-confirm.js";

export default defineConfig(({ mode }) => {
  if (mode !== "chrome" && mode !== "firefox") throw new Error(`unknown build target "${mode}" (chrome | firefox)`);
  return {
    root,
    publicDir: false,
    logLevel: "warn",
    plugins: [pathIndependentOutput()],
    build: {
      outDir: fileURLToPath(new URL(`../dist/${distFolder(mode)}`, import.meta.url)),
      emptyOutDir: false,
      target: "es2022",
      minify: false,
      lib: { entry: "pages/pin/confirm-facts.ts", formats: ["es"], fileName: () => PIN_CONFIRM_MODULE },
      rollupOptions: { output: { comments: SHIPPED_COMMENTS } },
    },
  };
});
