#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Bundles the native-messaging host into dist/host/: dips-companion-host.cjs (the host, Node 20) and
// vendor/pkijs.cjs (PKI.js and asn1js, read only when a certificate is parsed).
//
// A browser starts one host per connection, so start-up time is paid often (target: spawn → first reply < 150 ms,
// README → Performance):
// - CommonJS, one file: Node loads an ES module entry through its ESM loader, which costs ~8 ms more per start on
//   this machine than a CommonJS main, plus ~1.5 ms per further module; a single file is read and compiled once.
// - minified, and PKI.js/asn1js (~400 KB, which V8 would have to scan) in their own file: the host reaches them
//   through `import("pkijs")`, which resolves to ./vendor/pkijs.cjs. The rest of the lazily imported code (the
//   commands loaded on first use, the install command) stays in the main file, where it is not run until needed;
//   a running host therefore never reads its own code from disk again, except PKI.js.
//
// dist/host-sea/dips-companion-host.cjs is the script of the single executables (release/src/executable/): one
// file with everything in it, PKI.js and koffi's JavaScript included, because an executable's script can require
// nothing but Node's own modules; koffi's native module comes from an asset of the executable
// (host/card/pcsc/koffi-native-from-executable.ts).
//
// `koffi` (the FFI that reaches the OS's PC/SC library) stays outside the bundle: it finds its prebuilt koffi.node
// in the `@koromix/koffi-<os>-<arch>` package beside it, so from the repository it resolves to ./node_modules/koffi.
// The .deb installs dist/host/ as /usr/lib/dips-companion/ and ships node_modules/koffi and that package next to
// it, so the same lookup finds them there. No part of the host is compiled on the user's machine.
import { build } from "esbuild";
import { chmodSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
// DIPS_HOST_PROTOCOL=<n>: a host from this tree that reports protocol <n> (host/protocol-version.ts), in
// dist/host-protocol-<n>/ and without the executables' script: the tests' stand-in for an older host.
const protocolOverride = process.env.DIPS_HOST_PROTOCOL;
if (protocolOverride !== undefined && !/^\d+$/.test(protocolOverride)) throw new Error("DIPS_HOST_PROTOCOL: a number");
const outdir = protocolOverride === undefined ? `${root}dist/host` : `${root}dist/host-protocol-${protocolOverride}`;
const protocolDefine = protocolOverride === undefined ? {} : { DIPS_HOST_PROTOCOL_OVERRIDE: protocolOverride };
const entry = `${outdir}/dips-companion-host.cjs`;
const PKIJS_FILE = "./vendor/pkijs.cjs";

const common = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  legalComments: "eof",
  logLevel: "warning",
};

/**
 * The sources are ES modules that locate themselves with `import.meta.url`; in the CommonJS bundle that is the
 * bundle file's URL. Injected as a module (not a banner) so that the bundle still opens with "use strict".
 */
const importMetaUrl = {
  name: "import-meta-url",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^companion:import-meta-url$/ }, (args) => ({
      path: args.path,
      namespace: "companion",
    }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "companion" }, () => ({
      contents: 'export const companionModuleUrl = require("node:url").pathToFileURL(__filename).href;',
      loader: "js",
    }));
  },
};

/**
 * `createRequire` from "node:module" → the bundle's own `require`, which resolves from the bundle's folder just as
 * `createRequire(<bundle url>)` would. Node's "module" pulls in its ESM loader on first use: ~2 ms of every start.
 */
const requireOfBundle = {
  name: "require-of-bundle",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^node:module$/ }, (args) => ({ path: args.path, namespace: "companion-module" }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "companion-module" }, () => ({
      contents: "export const createRequire = () => require;",
      loader: "js",
    }));
  },
};

/** `import("pkijs")` in the host → the vendor file beside the bundle (kept external, loaded at run time). */
const pkijsFromVendorFile = {
  name: "pkijs-from-vendor-file",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^pkijs$/ }, () => ({ path: PKIJS_FILE, external: true }));
  },
};

/**
 * `import koffi from "koffi"` → the native module from the executable's asset. koffi's own loader cannot be used
 * there: it requires `@koromix/koffi-<os>-<arch>` at run time, and an executable's script can require nothing but
 * Node's modules. What koffi adds to the native module is deprecated aliases and this version check.
 */
const koffiFromExecutable = {
  name: "koffi-from-executable",
  setup(pluginBuild) {
    const { version } = JSON.parse(readFileSync(`${root}node_modules/koffi/package.json`, "utf8"));
    pluginBuild.onResolve({ filter: /^koffi$/ }, () => ({ path: "koffi", namespace: "companion-koffi" }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "companion-koffi" }, () => ({
      contents: [
        'const native = require("./host/card/pcsc/koffi-native-from-executable.ts").koffiNativeFromExecutable();',
        `if (native.version !== ${JSON.stringify(version)})`,
        `  throw new Error("koffi.node " + native.version + " does not match koffi ${version}");`,
        "module.exports = native;",
      ].join("\n"),
      resolveDir: root,
      loader: "js",
    }));
  },
};

// Files of an earlier layout (the ESM entry and its chunks/) must not be packaged.
rmSync(`${outdir}/chunks`, { recursive: true, force: true });
rmSync(`${outdir}/dips-companion-host.mjs`, { force: true });
await build({
  ...common,
  entryPoints: ["host/main.ts"],
  outfile: entry,
  external: ["koffi"],
  plugins: [importMetaUrl, requireOfBundle, pkijsFromVendorFile],
  inject: ["companion:import-meta-url"],
  define: { "import.meta.url": "companionModuleUrl", ...protocolDefine },
  banner: { js: "#!/usr/bin/env node" },
});
// An ES re-export compiles to CommonJS whose named exports Node can see when the host import()s the file.
await build({
  ...common,
  stdin: { contents: 'export * from "pkijs";', resolveDir: root, sourcefile: "pkijs-vendor.js" },
  outfile: `${outdir}/${PKIJS_FILE}`,
});
if (protocolOverride !== undefined) {
  chmodSync(entry, 0o755);
  process.stdout.write(`built ${entry} (protocol ${protocolOverride})\n`);
  process.exit(0);
}
await build({
  ...common,
  entryPoints: ["host/main.ts"],
  outfile: `${root}dist/host-sea/dips-companion-host.cjs`,
  plugins: [importMetaUrl, requireOfBundle, koffiFromExecutable],
  inject: ["companion:import-meta-url"],
  define: { "import.meta.url": "companionModuleUrl" },
});
chmodSync(entry, 0o755);
process.stdout.write(`built ${entry} (+ ${PKIJS_FILE}) and dist/host-sea/dips-companion-host.cjs\n`);
