// SPDX-License-Identifier: MIT
/**
 * The store listing material: every permission the manifest asks for is justified in both languages, the
 * screenshots have the stores' size, and the privacy policy exists in both languages.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildManifest } from "../../extension/manifest.config";
import { DOWNLOAD_PAGE_URL } from "../../shared/extension-ids";

const ROOT = join(import.meta.dirname, "../..");
const STORE = join(ROOT, "release/store");

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(["ja", "en"])("store listing (%s)", (language) => {
  const listing = readFileSync(join(STORE, `listing.${language}.md`), "utf8");

  it("justifies every permission and host permission the manifest asks for", () => {
    // The fields read here, typed: @crxjs's manifest type is too loose for the linter to follow.
    const manifest = buildManifest("chrome") as unknown as {
      permissions?: string[];
      host_permissions?: string[];
      optional_host_permissions?: string[];
    };
    const asked = [
      ...(manifest.permissions ?? []),
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
    ];
    expect(asked.length).toBeGreaterThan(0);
    for (const permission of asked) expect(listing, permission).toContain(`\`${permission}\``);
  });

  it("names the download page and a privacy policy that exists", () => {
    expect(listing).toContain(DOWNLOAD_PAGE_URL);
    const policy = `docs/privacy.${language}.md`;
    expect(listing).toContain(policy);
    expect(existsSync(join(ROOT, policy))).toBe(true);
  });

  it("has screenshots at 1280×800", () => {
    const shots = readdirSync(join(STORE, "screenshots")).filter((name) => name.endsWith(`-${language}.png`));
    expect(shots.length).toBeGreaterThanOrEqual(3);
    for (const shot of shots)
      expect(pngSize(join(STORE, "screenshots", shot)), shot).toEqual({ width: 1280, height: 800 });
  });
});
