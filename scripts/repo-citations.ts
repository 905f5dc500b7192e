// SPDX-License-Identifier: MIT
/**
 * What a code comment may cite: documents that are in this repository (`docs/…`, `README.md`, a file next to it),
 * public standards and upstream projects. Not documents a clone does not contain, not numbers of an issue tracker a
 * reader cannot see, and not who wrote a change: a comment says why, so that a newcomer can follow it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/** One comment that breaks the rule: where, and why. */
export interface BadCitation {
  readonly file: string;
  readonly line: number;
  readonly problem: string;
  readonly text: string;
}

/** Folders whose source files are scanned; generated and vendored folders are not. */
const SOURCE_DIRS = ["extension", "host", "shared", "test", "scripts", "release", "bench"];
const SOURCE_FILE = /\.(?:[cm]?[jt]s|html|css)$/;
const SKIPPED_DIRS = new Set(["node_modules", "dist", "build", "coverage", ".git"]);
/** This checker and its test quote bad citations on purpose. */
const SELF = new Set(["scripts/repo-citations.ts", "scripts/repo-citations.test.ts"]);

/**
 * `issue 14`, `issue #6`, `issues #3` — and a bare `#7` that is not part of a word (`PKCS#1`, `owner/repo#12`).
 * "issues 0–9" (the site issues characters) is prose, not a citation.
 */
const ISSUE_NUMBER = /\bissue #?\d+|\bissues #\d+|(?<![\w/-])#\d+\b/i;
/** Words about who did the work rather than why the code is so. */
const PROCESS_ROLE = /\bengineers?\b|\bhelper session\b|\bthe lead\b(?! (?:day|days|time))/i;
/** A cited Markdown document, with or without a folder. */
const MARKDOWN_DOC = /(?:\.{0,2}\/)?(?:[\w.-]+\/)*[\w.-]+\.md\b/g;

/** The comment part of one source line ('' when the line has none). Good enough for citations: no string parsing. */
export function commentOf(line: string): string {
  const trimmed = line.trim();
  if (/^(?:\/\/|\/\*|\*|<!--)/.test(trimmed)) return trimmed;
  const inline = line.search(/\s\/\/\s|\/\*\*?\s/);
  return inline >= 0 ? line.slice(inline) : "";
}

/**
 * The bad citations in one file's text. `exists` answers whether a path relative to the repository root exists.
 * @example findBadCitations("host/x.ts", "// see jpki-card.md §2", () => false) // one problem: missing document
 */
export function findBadCitations(file: string, text: string, exists: (path: string) => boolean): BadCitation[] {
  const found: BadCitation[] = [];
  text.split("\n").forEach((source, index) => {
    const comment = commentOf(source);
    if (comment === "") return;
    const report = (problem: string): void => {
      found.push({ file, line: index + 1, problem, text: comment });
    };
    if (ISSUE_NUMBER.test(comment)) report("cites an issue number: write the reason out instead");
    if (PROCESS_ROLE.test(comment)) report("names a process role: say why, not who");
    if (/(?:\.\.\/)+shared\/ref|\bshared\/ref\b/.test(comment)) report("cites a folder outside the repository");
    for (const match of comment.matchAll(MARKDOWN_DOC)) {
      const cited = match[0];
      const candidates = [cited, join(dirname(file), cited)];
      if (!candidates.some(exists)) report(`cites ${cited}, which the repository does not contain`);
    }
  });
  return found;
}

function* sourceFiles(root: string, dir: string): Generator<string> {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) yield* sourceFiles(root, path);
    } else if (SOURCE_FILE.test(entry.name)) yield path;
  }
}

/** Every bad citation in the repository's source files and top-level config files. */
export function scanRepository(root: string): BadCitation[] {
  const exists = (path: string): boolean =>
    !relative(root, join(root, path)).startsWith("..") && existsSync(join(root, path));
  const topLevel = readdirSync(root).filter((name) => SOURCE_FILE.test(name));
  const files = [
    ...topLevel,
    ...SOURCE_DIRS.filter((dir) => existsSync(join(root, dir))).flatMap((dir) => [...sourceFiles(root, dir)]),
  ];
  return files
    .filter((file) => !SELF.has(file.split("\\").join("/")))
    .flatMap((file) => findBadCitations(file, readFileSync(join(root, file), "utf8"), exists));
}
