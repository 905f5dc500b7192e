// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { issueRegistrationNumber, REGISTRATION_NUMBER_PATTERN } from "./registration-number";

describe("registration marks", () => {
  it("are JU + 10 characters and never repeat", () => {
    const taken = new Set<string>();
    const issued = Array.from({ length: 2000 }, () => issueRegistrationNumber(taken));
    for (const number of issued) {
      expect(number).toMatch(REGISTRATION_NUMBER_PATTERN);
      expect(number).toHaveLength(12);
    }
    expect(new Set(issued).size).toBe(issued.length);
    expect(taken.size).toBe(issued.length);
  });
});
