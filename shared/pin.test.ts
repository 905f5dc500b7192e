import { describe, expect, it } from "vitest";
import { isWellFormedPin, normalizePin } from "./pin";

describe("PIN formats", () => {
  it.each([
    ["auth", "1234", true],
    ["auth", "123", false],
    ["auth", "12345", false],
    ["auth", "12a4", false],
    ["card-info", "0000", true],
    ["sign", "ABC123", true],
    ["sign", "abc123", true],
    ["sign", "ABCDEF", false],
    ["sign", "123456", false],
    ["sign", "AB12", false],
    ["sign", "A1234567890123456", false],
    ["sign", "A123456789012345", true],
    ["sign", "ABC 123", false],
    ["sign", "ＡＢＣ１２３", false],
  ] as const)("%s %j → %s", (kind, pin, ok) => {
    expect(isWellFormedPin(kind, pin)).toBe(ok);
  });

  it("upper-cases only the signing password", () => {
    expect(normalizePin("sign", "abc123")).toBe("ABC123");
    expect(normalizePin("auth", "1234")).toBe("1234");
  });
});
