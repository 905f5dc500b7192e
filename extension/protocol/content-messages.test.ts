// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { PageSummarySchema } from "./content-messages";

describe("PageSummarySchema", () => {
  it("takes a plain summary", () => {
    const summary = { ownerName: "山田 太郎", uaSerialNumbers: ["SN-1"] };
    expect(PageSummarySchema.parse(summary)).toEqual(summary);
  });

  it.each(["山田\u202E太郎", "山田\u200B太郎", "山田\n太郎", "山田\u0000"])("refuses a summary holding %j", (text) => {
    expect(PageSummarySchema.safeParse({ ownerName: text, uaSerialNumbers: [] }).success).toBe(false);
    expect(PageSummarySchema.safeParse({ ownerName: null, uaSerialNumbers: [text] }).success).toBe(false);
  });

  it("refuses texts over the caps", () => {
    expect(PageSummarySchema.safeParse({ ownerName: "a".repeat(201), uaSerialNumbers: [] }).success).toBe(false);
    expect(PageSummarySchema.safeParse({ ownerName: null, uaSerialNumbers: Array(51).fill("S") }).success).toBe(false);
  });
});
