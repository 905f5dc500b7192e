// SPDX-License-Identifier: MIT
import { join } from "node:path";
import { corpusPages, scorePage } from "../../test/prefill-corpus/score-corpus";
import { openDipsRegWindow } from "./dips-reg-window";

const mark = (ok: boolean): string => (ok ? "✅" : "❌");

/** One corpus page's score: controls right, wrong and left empty, of `total` scored. */
export interface CorpusPageScore {
  readonly page: string;
  readonly right: number;
  readonly wrong: number;
  readonly empty: number;
  readonly total: number;
}

/**
 * The prefill engine on every page of the markup corpus (test/prefill-corpus), in happy-dom at the DIPS-REG origin:
 * per page, how many controls end right, wrong, or empty. An accuracy, not a timing.
 */
export function scoreCorpus(root: string): CorpusPageScore[] {
  const { window, close } = openDipsRegWindow();
  try {
    return corpusPages(join(root, "test/prefill-corpus/pages")).map(({ file, html }) => {
      const { page, right, wrong, empty, total } = scorePage(window.document as unknown as Document, file, html);
      return { page, right, wrong, empty, total };
    });
  } finally {
    close();
  }
}

/** The corpus totals as one row of the "Host and extension" table. */
export function corpusSummaryRow(pages: readonly CorpusPageScore[]): string {
  const sum = (part: "right" | "wrong" | "empty" | "total") => pages.reduce((n, page) => n + page[part], 0);
  const share = sum("total") === 0 ? 0 : sum("right") / sum("total");
  const ok = sum("wrong") === 0 && share >= 0.97;
  return `| Prefill on the corpus (${pages.length} pages, ${sum("total")} controls): right / wrong / empty | ${sum("right")} / ${sum("wrong")} / ${sum("empty")} (${(share * 100).toFixed(1)} % right) | 0 wrong, ≥ 97 % right ${mark(ok)} |`;
}

/** The per-page table the README's "Prefill on the corpus" subsection carries. */
export function corpusTable(pages: readonly CorpusPageScore[]): string {
  return [
    "| Page | right | wrong | empty | controls |",
    "|---|---|---|---|---|",
    ...pages.map((page) => `| ${page.page} | ${page.right} | ${page.wrong} | ${page.empty} | ${page.total} |`),
  ].join("\n");
}
