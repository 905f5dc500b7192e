// SPDX-License-Identifier: MIT
/**
 * The Firefox XPI from the built extension (dist/firefox): one function, used both by `npm run package` and by the
 * build instructions inside the source archive for addons.mozilla.org, so that the two give the same bytes.
 */
import { join } from "node:path";
import { entriesFromDirectory, writeZip } from "../zip-writer";

export const xpiFileName = (version: string): string => `dips-companion-firefox-${version}.xpi`;

/** The XPI of the Firefox build in `rootDir`/dist/firefox, every member stamped `epochSeconds`. */
export function firefoxXpi(rootDir: string, epochSeconds: number): Buffer {
  return writeZip(entriesFromDirectory(join(rootDir, "dist/firefox")), epochSeconds);
}
