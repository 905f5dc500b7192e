// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { readerNameForPort, STACK_READER_NAMES, VPCD_PORTS } from "./stack-layout";

describe("reader names", () => {
  it("maps each vpcd port to the name pcsc-lite gives its slot", () => {
    expect(readerNameForPort(35963)).toBe("DIPS Test vpcd 35963 00 00");
    expect(readerNameForPort(35964)).toBe("DIPS Test vpcd 35963 00 01");
    expect(readerNameForPort(35994)).toBe("DIPS Test vpcd 35993 00 01");
    expect(VPCD_PORTS).toHaveLength(8);
    expect(new Set(STACK_READER_NAMES).size).toBe(8);
  });

  it("rejects ports outside the stack", () => {
    expect(() => readerNameForPort(35965)).toThrow(RangeError);
  });
});
