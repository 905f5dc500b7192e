// SPDX-License-Identifier: MIT
/**
 * The ZIP uploaded to the Chrome Web Store and to Edge Add-ons: the Chrome build as it is, without the manifest
 * `key`. The stores refuse a package that carries one: each store assigns its own id (entered in
 * shared/extension-ids.ts once the listing exists) and signs with its own key.
 */
import { entriesFromDirectory, writeZip, type ZipEntry } from "../zip-writer";

export const chromeStoreFileName = (version: string): string => `dips-companion-chrome-store-${version}.zip`;

/** The Chrome build's files with `key` removed from manifest.json. */
export function chromeStoreEntries(distDir: string): ZipEntry[] {
  return entriesFromDirectory(distDir).map((entry) => {
    if (entry.path !== "manifest.json") return entry;
    const manifest = JSON.parse(entry.data.toString("utf8")) as Record<string, unknown>;
    delete manifest.key;
    return { path: entry.path, data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) };
  });
}

export const chromeStoreZip = (distDir: string, epochSeconds: number): Buffer =>
  writeZip(chromeStoreEntries(distDir), epochSeconds);
