// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { registrationFeeYen } from "./fee";

describe("registration fee (My Number Card)", () => {
  it("is ¥900 for the first UA and ¥890 for each further one", () => {
    expect(registrationFeeYen(1)).toBe(900);
    expect(registrationFeeYen(2)).toBe(1790);
    expect(registrationFeeYen(10)).toBe(900 + 9 * 890);
  });

  it("refuses a count that is not a positive integer", () => {
    expect(() => registrationFeeYen(0)).toThrow(RangeError);
    expect(() => registrationFeeYen(1.5)).toThrow(RangeError);
  });
});
