// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { isPlainText, plainText } from "./plain-text";

const BIDI = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"];
const INVISIBLE = ["\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u2060", "\u2061", "\u2064", "\uFEFF", "\u00AD"];
const CONTROLS = ["\u0000", "\u0007", "\u001B", "\u007F", "\u0080", "\u009F"];

describe("plainText", () => {
  it.each([...BIDI, ...INVISIBLE, ...CONTROLS].map((c) => [`U+${c.codePointAt(0)?.toString(16).toUpperCase()}`, c]))(
    "removes %s",
    (_, character) => {
      expect(plainText(`山田${character}太郎`, 200)).toBe("山田太郎");
      expect(isPlainText(`山田${character}太郎`)).toBe(false);
    },
  );

  it("cannot make a name read backwards or pose as another serial", () => {
    // "SN-0001" followed by a right-to-left override would show the rest reversed.
    expect(plainText("SN-0001\u202E2000-NS\u202C", 40)).toBe("SN-00012000-NS");
    expect(plainText("\u2067山田\u2069 太郎", 200)).toBe("山田 太郎");
  });

  it("removes tag characters and Hangul fillers, which render as nothing", () => {
    expect(plainText("a\u{E0041}\u{E007F}b\u3164c\u115Fd", 200)).toBe("abcd");
  });

  it("turns line breaks, tabs and ideographic spaces into one space, and trims", () => {
    expect(plainText("  山田\n\t\u3000太郎\u2028様 ", 200)).toBe("山田 太郎 様");
    expect(isPlainText("山田\n太郎")).toBe(false);
  });

  it("caps the length in code points without splitting a surrogate pair", () => {
    expect(plainText("𠮷野家𠮷野家", 4)).toBe("𠮷野家𠮷");
    expect(Array.from(plainText("x".repeat(500), 200))).toHaveLength(200);
  });

  it("keeps ordinary Japanese and Latin text as it is", () => {
    expect(plainText("山田 太郎（ヤマダ タロウ） SN-E2E-0001", 200)).toBe("山田 太郎（ヤマダ タロウ） SN-E2E-0001");
    expect(isPlainText("山田 太郎 SN-1")).toBe(true);
  });
});
