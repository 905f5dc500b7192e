// SPDX-License-Identifier: MIT
/**
 * axe-core over an extension page. Its source is evaluated through the DevTools protocol rather than added as a
 * <script>: an extension page's content security policy refuses inline scripts, and the page must be tested as it
 * ships. Every impact counts (minor included).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "puppeteer-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** One finding: the rule, its impact and the first elements it names. */
export interface AxeFinding {
  readonly id: string;
  readonly impact: string | null;
  readonly targets: string[];
}

export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: unknown,
          ): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)),
    }));
  });
}
