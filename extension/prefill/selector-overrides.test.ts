// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { overridesForUrl } from "./selector-overrides";

describe("overridesForUrl", () => {
  const table = {
    "https://www.dips-reg.mlit.go.jp/": { "owner.name": "#a", "owner.phone": "#tel" },
    "https://www.dips-reg.mlit.go.jp/owner": { "owner.name": "#owner-name" },
    "https://example.com/": { "owner.name": "#x" },
  };

  it("merges every matching prefix, the longest winning", () => {
    expect(overridesForUrl(table, "https://www.dips-reg.mlit.go.jp/owner?step=2")).toEqual({
      "owner.name": "#owner-name",
      "owner.phone": "#tel",
    });
  });

  it("applies nothing to other sites", () => {
    expect(overridesForUrl(table, "https://www.dips-reg.mlit.go.jp.evil.example/")).toEqual({});
  });
});
