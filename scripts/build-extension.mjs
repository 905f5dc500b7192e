#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Builds the extension for both browsers from the one manifest source: dist/chrome (service worker + key) and
// dist/firefox (background scripts + gecko id). `node scripts/build-extension.mjs chrome` builds one.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { build } from "vite";
import { stripEvalProbe } from "../extension/vite-plugins/strip-eval-probe.mjs";

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= "true";

/**
 * @crxjs lists scripts imported with `?script` as web-accessible to every site. Ours are only registered as content
 * scripts (which needs no web-accessible entry), so exposing them would just let any page detect the extension.
 */
function dropContentScriptWebResources(manifestPath) {
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  const isContentScript = (resource) => resource.startsWith("content/") || resource.startsWith("prefill/");
  manifest.web_accessible_resources = (manifest.web_accessible_resources ?? [])
    .map((entry) => ({ ...entry, resources: entry.resources.filter((resource) => !isContentScript(resource)) }))
    .filter((entry) => entry.resources.length > 0);
  if (manifest.web_accessible_resources.length === 0) delete manifest.web_accessible_resources;
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}

const targets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["chrome", "firefox"];
for (const target of targets) {
  await build({ configFile: "extension/vite.config.ts", mode: target });
  await build({ configFile: "extension/vite.pin-page.config.ts", mode: target });
  await build({ configFile: "extension/vite.pin-confirm.config.ts", mode: target });
  dropContentScriptWebResources(`dist/${target}/manifest.json`);
  // The Chrome manifest's storage.managed_schema (policy keys); Firefox takes policy values without a schema.
  stripEvalProbe(`dist/${target}`);
  if (target === "chrome") copyFileSync("manifests/managed-schema.json", "dist/chrome/managed-schema.json");
  process.stdout.write(`built dist/${target}\n`);
}
