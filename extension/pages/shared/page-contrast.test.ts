// SPDX-License-Identifier: MIT
/** Controls' borders in page.css stand out at 3:1 or better from the backgrounds they sit on (WCAG 1.4.11). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CSS = readFileSync(join(import.meta.dirname, "page.css"), "utf8");

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The border colour of the first rule whose selector list starts with `selector`. */
function borderOf(selector: string): string {
  const rule = new RegExp(`(^|\\n)${selector.replace(/[[\]"]/g, "\\$&")}[^{]*\\{([^}]*)\\}`).exec(CSS);
  const color = /border:\s*1px solid (#[0-9a-f]{6})/i.exec(rule?.[2] ?? "")?.[1];
  if (color === undefined) throw new Error(`no border colour for ${selector} in page.css`);
  return color;
}

describe("page.css contrast", () => {
  it("computes the WCAG ratio", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#d0d7de", "#ffffff")).toBeLessThan(3);
  });

  it.each(["button", 'input[type="text"]'])("%s has a border at 3:1 or better on white and on the page", (selector) => {
    const border = borderOf(selector);
    expect(contrast(border, "#ffffff")).toBeGreaterThanOrEqual(3);
    expect(contrast(border, "#f6f8fa")).toBeGreaterThanOrEqual(3);
  });
});
