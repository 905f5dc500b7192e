#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Bundles the native-messaging host into dist/host/: the entry dips-companion-host.mjs (ESM, Node 20) and the
// chunks/ it loads on demand.
//
// A browser starts one host per connection, so start-up time is paid often (issue #6: spawn → first reply < 150 ms).
// V8 compiles every byte of a module it loads, used or not, so the code is split (esbuild `splitting`) and minified:
// the start path loads only the message loop, the card code and zod/mini; PKI.js/asn1js (~400 KB, reached through
// `import("pkijs")` when a certificate is parsed) and the install command sit in chunks read only when used.
//
// `pcsclite` is a native addon and stays outside the bundle: the host loads it with createRequire from its chunk's
// folder, so from the repository it resolves to ./node_modules/pcsclite. The .deb installs dist/host/ as
// /usr/lib/dips-companion/ and ships /usr/lib/dips-companion/node_modules/{pcsclite,bindings,file-uri-to-path}
// (pcsclite built for the packaged Node ABI) next to it, so the same lookup finds it there.
import { build } from "esbuild";
import { chmodSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = `${root}dist/host`;
const entry = `${outdir}/dips-companion-host.mjs`;

// Chunk names carry content hashes: clear the folder so that no stale chunk is packaged.
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { "dips-companion-host": "host/main.ts" },
  outdir,
  chunkNames: "chunks/[name]-[hash]",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  splitting: true,
  minify: true,
  platform: "node",
  target: "node20",
  format: "esm",
  external: ["pcsclite"],
  // Some bundled CommonJS code calls require() for Node built-ins; give ESM output a real one.
  banner: {
    js: [
      'import { createRequire as __companionCreateRequire } from "node:module";',
      "const require = __companionCreateRequire(import.meta.url);",
    ].join("\n"),
  },
  legalComments: "eof",
  logLevel: "warning",
});
// Only the entry is run directly (`node dips-companion-host.mjs`, or as an executable).
writeFileSync(entry, `#!/usr/bin/env node\n${readFileSync(entry, "utf8")}`);
chmodSync(entry, 0o755);
process.stdout.write(`built ${entry} (+ chunks/)\n`);
