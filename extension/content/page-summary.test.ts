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
