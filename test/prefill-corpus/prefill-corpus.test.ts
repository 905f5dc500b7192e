// @vitest-environment happy-dom
// SPDX-License-Identifier: MIT
/**
 * The prefill engine on the markup corpus: no control may end with a wrong value, and at least 97 % of the controls
 * must end right. These are accuracies, not timings, so the test holds them; `npm run bench` prints the same table.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFixedLayout } from "../../extension/prefill/testing/fixed-layout";
import { corpusPages, scorePage, type PageScore } from "./score-corpus";

let restoreLayout = (): void => undefined;
beforeAll(() => (restoreLayout = useFixedLayout(Element)));
afterAll(() => restoreLayout());

const pages = corpusPages();
const scores: PageScore[] = [];

describe("prefill on the corpus", () => {
  it("has at least 12 pages", () => expect(pages.length).toBeGreaterThanOrEqual(12));

  it.each(pages.map((page) => [page.file, page.html] as const))("%s: no wrong value", (file, html) => {
    const score = scorePage(document, file, html);
    scores.push(score);
    expect(score.total).toBeGreaterThanOrEqual(4);
    expect({ wrong: score.wrong, misses: score.misses }).toEqual({ wrong: 0, misses: expect.any(Array) as unknown });
  });

  it("fills at least 97 % of all controls right", () => {
    const right = scores.reduce((sum, score) => sum + score.right, 0);
    const total = scores.reduce((sum, score) => sum + score.total, 0);
    const misses = scores.flatMap((score) => score.misses.map((miss) => `${score.page} ${miss}`));
    expect({ share: right / total >= 0.97, misses }).toEqual({ share: true, misses: expect.any(Array) as unknown });
  });
});
