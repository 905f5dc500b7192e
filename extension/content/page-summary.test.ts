// SPDX-License-Identifier: MIT
// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { readPageSummary } from "./page-summary";

describe("readPageSummary", () => {
  it("reads the owner name and UA serial numbers next to their labels", () => {
    document.body.innerHTML = `<table>
      <tr><th>氏名</th><td> 山田\u3000太郎 </td></tr>
      <tr><th>製造番号：</th><td>SN-1</td></tr>
      <tr><th>製造番号</th><td>SN-2</td></tr></table>
      <dl><dt>Serial number</dt><dd>SN-3</dd></dl>`;
    expect(readPageSummary(document)).toEqual({ ownerName: "山田 太郎", uaSerialNumbers: ["SN-1", "SN-2", "SN-3"] });
  });

  it("gives an empty summary for an unfamiliar page", () => {
    document.body.innerHTML = "<p>nothing here</p>";
    expect(readPageSummary(document)).toEqual({ ownerName: null, uaSerialNumbers: [] });
  });
});

describe("readPageSummary on a page that hides characters in its text", () => {
  it("shows plain text only: no bidi override, zero-width or control characters", () => {
    document.body.innerHTML = `<table>
      <tr><th>氏\u200B名</th><td>\u202E郎太 田山\u202C\u2066\u0007</td></tr>
      <tr><th>製造番号</th><td>SN\u200D-1\uFEFF</td></tr></table>`;
    expect(readPageSummary(document)).toEqual({ ownerName: "郎太 田山", uaSerialNumbers: ["SN-1"] });
  });

  it("keeps the caps, counted in characters", () => {
    const rows = Array.from({ length: 60 }, (_, i) => `<tr><th>製造番号</th><td>S${i}-${"x".repeat(50)}</td></tr>`);
    document.body.innerHTML = `<table><tr><th>氏名</th><td>${"山".repeat(300)}</td></tr>${rows.join("")}</table>`;
    const summary = readPageSummary(document);
    expect(Array.from(summary.ownerName ?? "")).toHaveLength(200);
    expect(summary.uaSerialNumbers).toHaveLength(50);
    expect(summary.uaSerialNumbers.every((serial) => serial.length === 40)).toBe(true);
  });
});
