#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Bundles the native-messaging host into ONE file, dist/host/dips-companion-host.mjs (ESM, Node 20).
//
// `pcsclite` is a native addon and stays outside the bundle: the host loads it with createRequire from the bundle's
// own folder, so from the repository it resolves to ./node_modules/pcsclite. The .deb installs the bundle as
// /usr/lib/dips-companion/dips-companion-host.mjs and ships /usr/lib/dips-companion/node_modules/{pcsclite,bindings,
// file-uri-to-path} (pcsclite built for the packaged Node ABI) next to it, so the same lookup finds it there.
// PKI.js and the install command are reached through dynamic import(): esbuild keeps them in this one file but
// evaluates them only when used, which keeps the per-connection cold start short.
import { build } from "esbuild";
import { chmodSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outfile = `${root}dist/host/dips-companion-host.mjs`;

await build({
  absWorkingDir: root,
  entryPoints: ["host/main.ts"],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  external: ["pcsclite"],
  // Some bundled CommonJS code calls require() for Node built-ins; give ESM output a real one.
  banner: {
    js: [
      "#!/usr/bin/env node",
      'import { createRequire as __companionCreateRequire } from "node:module";',
      "const require = __companionCreateRequire(import.meta.url);",
    ].join("\n"),
  },
  legalComments: "eof",
  logLevel: "warning",
});
chmodSync(outfile, 0o755);
process.stdout.write(`built ${outfile}\n`);
