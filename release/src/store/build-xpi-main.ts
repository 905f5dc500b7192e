// SPDX-License-Identifier: MIT
/**
 * `npm run build:xpi`: builds the Firefox extension and packs it into dist/xpi/, as `npm run package` does. This is
 * what a reviewer at addons.mozilla.org runs on the source archive (the archive's build instructions name SOURCE_DATE_EPOCH).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PRODUCT_VERSION } from "../../../shared/version";
import { firefoxXpi, xpiFileName } from "./firefox-xpi";

const rootDir = join(import.meta.dirname, "../../..");
const epoch = process.env.SOURCE_DATE_EPOCH;
if (epoch === undefined || !/^\d+$/.test(epoch)) {
  process.stderr.write("build:xpi: set SOURCE_DATE_EPOCH (BUILD-FIREFOX.md gives its value)\n");
  process.exit(2);
}
execFileSync(process.execPath, ["scripts/build-extension.mjs", "firefox"], {
  cwd: rootDir,
  stdio: ["ignore", "ignore", "inherit"],
});
const outDir = join(rootDir, "dist/xpi");
mkdirSync(outDir, { recursive: true });
const out = join(outDir, xpiFileName(PRODUCT_VERSION));
writeFileSync(out, firefoxXpi(rootDir, Number(epoch)));
process.stdout.write(`${out}\n`);
