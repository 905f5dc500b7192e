#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Builds the extension for both browsers from the one manifest source: dist/chrome (service worker + key) and
// dist/firefox (background scripts + gecko id). `node scripts/build-extension.mjs chrome` builds one.
// `--test-clock` builds the e2e tests' variant instead (dist/<browser>-testclock, the register's clock movable
// through storage; extension/vite-plugins/build-variant.ts). A release build is checked to hold no trace of it.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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

/**
 * The test build's storage keys (the clock, extension/registrations/extension-clock.ts; the platform,
 * extension/common/install-steps.ts): in no file of a release build.
 */
const TEST_BUILD_MARKERS = ["dipsCompanionTestClockNow", "dipsCompanionTestPlatformOs"];

function assertNoTestClock(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".js")) continue;
    const file = join(entry.parentPath ?? entry.path, entry.name);
    const text = readFileSync(file, "utf8");
    if (TEST_BUILD_MARKERS.some((marker) => text.includes(marker)))
      throw new Error(`${file}: the release build holds the test clock override`);
  }
}

const args = process.argv.slice(2);
const testClock = args.includes("--test-clock");
if (testClock) process.env.DIPS_TEST_CLOCK = "1";
else delete process.env.DIPS_TEST_CLOCK;
const named = args.filter((arg) => arg !== "--test-clock");
const targets = named.length > 0 ? named : ["chrome", "firefox"];
for (const target of targets) {
  const dir = `dist/${testClock ? `${target}-testclock` : target}`;
  await build({ configFile: "extension/vite.config.ts", mode: target });
  await build({ configFile: "extension/vite.pin-page.config.ts", mode: target });
  await build({ configFile: "extension/vite.pin-confirm.config.ts", mode: target });
  dropContentScriptWebResources(`${dir}/manifest.json`);
  stripEvalProbe(dir);
  // The Chrome manifest's storage.managed_schema (policy keys); Firefox takes policy values without a schema.
  if (target === "chrome") copyFileSync("manifests/managed-schema.json", `${dir}/managed-schema.json`);
  if (!testClock) assertNoTestClock(dir);
  process.stdout.write(`built ${dir}\n`);
}
