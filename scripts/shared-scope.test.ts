// SPDX-License-Identifier: MIT
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * shared/ holds only what the host and the extension both speak (docs/architecture.md → Where a model lives): every
 * file in it is reached from host/ by imports. An extension-only model belongs in extension/.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["'](\.{1,2}\/[^"']+)["']/g;

/** The .ts files under `dir` (repo-relative), tests left out. */
function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
    .map((name) => join(dir, name))
    .filter((path) => /\.(ts|json)$/.test(path) && !path.endsWith(".test.ts") && statSync(join(root, path)).isFile());
}

/** The repo files `file` imports by relative path. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), "utf8");
  return [...text.matchAll(IMPORT)].flatMap(([, spec]) => {
    const base = join(dirname(file), spec!);
    const hit = [base, `${base}.ts`, base.replace(/\.js$/, ".ts"), join(base, "index.ts")].find(
      (path) => existsSync(join(root, path)) && statSync(join(root, path)).isFile(),
    );
    return hit ? [hit] : [];
  });
}

/** Every file reachable by imports from the host's sources. */
function reachedFromHost(): Set<string> {
  const seen = new Set<string>();
  const queue = sources("host");
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file));
  }
  return seen;
}

describe("shared/", () => {
  it("holds only files the host reaches by imports", () => {
    const reached = reachedFromHost();
    const unreached = sources("shared").filter((file) => !reached.has(file));
    expect(unreached).toEqual([]);
  });

  it("follows the host's imports into shared/ and never into the extension's models", () => {
    expect(reachedFromHost().has(join("extension", "profiles", "model", "profiles.ts"))).toBe(false);
    expect(reachedFromHost().has(join("shared", "protocol", "native.ts"))).toBe(true);
  });
});
