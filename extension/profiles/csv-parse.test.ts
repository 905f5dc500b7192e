// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv-parse";

describe("parseCsv", () => {
  it("reads quoted fields with commas, quotes and line breaks, CRLF, BOM and blank lines", () => {
    const text = '\uFEFFa,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n\r\n1,,3';
    expect(parseCsv(text)).toEqual({
      ok: true,
      rows: [
        { line: 1, cells: ["a", "b", "c"] },
        { line: 2, cells: ["x, y", 'say "hi"', "two\nlines"] },
        { line: 5, cells: ["1", "", "3"] },
      ],
    });
  });

  it("rejects an unclosed quote and text after a closing quote, with the line", () => {
    expect(parseCsv('a\n"open,b')).toEqual({ ok: false, reason: "line 2: a quoted field is not closed" });
    expect(parseCsv('a\n"x"y,b')).toEqual({ ok: false, reason: "line 2: text after a closing quote" });
  });
});
