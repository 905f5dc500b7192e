// SPDX-License-Identifier: MIT
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findBadCitations, scanRepository } from "./repo-citations";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Paths that climb out of the repository never count, whatever lies beside this checkout (CI puts shared/ there).
const inRepo = (path: string): boolean =>
  !relative(root, join(root, path)).startsWith("..") && existsSync(join(root, path));

describe("citations in code comments", () => {
  it("every comment in the repository cites only documents the repository contains, and no issue number or role", () => {
    const bad = scanRepository(root).map((entry) => `${entry.file}:${entry.line}: ${entry.problem}`);
    expect(bad).toEqual([]);
  });

  it("catches a document the repository does not contain, bare or under ../shared", () => {
    const text = ["/** The AID (jpki-card.md §2). */", "// see ../shared/ref/site-protocol.md", "const x = 1;"].join(
      "\n",
    );
    const problems = findBadCitations("host/card/x.ts", text, inRepo).map((entry) => [entry.line, entry.problem]);
    expect(problems).toEqual([
      [1, "cites jpki-card.md, which the repository does not contain"],
      [2, "cites a folder outside the repository"],
      [2, "cites ../shared/ref/site-protocol.md, which the repository does not contain"],
    ]);
  });

  it("accepts documents that are in the repository, relative to the root or to the file", () => {
    const text =
      "// docs/ref/jpki-card.md §8.3 and docs/architecture.md; release/README.md\n// README.md → Performance";
    expect(findBadCitations("host/card/x.ts", text, inRepo)).toEqual([]);
    expect(findBadCitations("release/src/x.ts", "// see ../README.md", inRepo)).toEqual([]);
  });

  it("catches issue numbers and process roles in comments, not PKCS#1 or an upstream owner/repo#N", () => {
    const text = [
      " * cold start (issue #6)",
      "  // the register (issue 16)",
      "x(); // fixed in #12",
      "// the profiles engineer's panel",
      "// RSA PKCS#1 v1.5, as bitwarden/clients#11750 notes",
      'const colour = "#123";',
      "// the practice site issues 0–9 and A–Z",
    ].join("\n");
    const lines = findBadCitations("extension/x.ts", text, inRepo).map((entry) => entry.line);
    expect(lines).toEqual([1, 2, 3, 4]);
  });
});

describe("paths in the documentation", () => {
  /** The Markdown files a reader walks: README.md and everything under docs/. */
  const markdown = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return markdown(path);
      return entry.name.endsWith(".md") ? [path] : [];
    });

  it("every file of the repository that README.md or docs/ names in backticks exists", () => {
    const topFolders = "extension|host|shared|test|scripts|release|docs|bench|manifests";
    const cited = new RegExp(`\`((?:${topFolders})/[^\`\\s]+)\``, "g");
    const missing = ["README.md", ...markdown("docs")].flatMap((file) =>
      [...readFileSync(join(root, file), "utf8").matchAll(cited)]
        .map((match) => match[1] ?? "")
        // Patterns and placeholders (`dist/<target>`, `test/e2e/*.test.ts`, `docs/…`) name no one file.
        .filter((path) => !/[<>*{}…]/.test(path) && !inRepo(path))
        .map((path) => `${file}: ${path}`),
    );
    expect(missing).toEqual([]);
  });
});
