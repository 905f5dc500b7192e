// SPDX-License-Identifier: MIT
/** The confirmation page's script, bundled from `client/` with esbuild when the server starts. */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

export const CLIENT_ENTRY = fileURLToPath(new URL("./client/identity-flow.ts", import.meta.url));

export async function bundleClientScript(entry = CLIENT_ENTRY): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("esbuild produced no client bundle");
  return output.text;
}
