import { describe, expect, it } from "vitest";
import { ERROR_CATALOGUE, ERROR_CODES, errorMessage } from "./catalogue";
import { CompanionError, WireErrorSchema, toCompanionError } from "./companion-error";

describe("error catalogue", () => {
  it.each(ERROR_CODES)("%s has a Japanese and an English message", (code) => {
    const entry = ERROR_CATALOGUE[code];
    expect(entry.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    expect(entry.en).toMatch(/^[\x20-\x7e\u2013\u201c\u201d]+$/u);
    expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
  });

  it.each(["ja", "en"] as const)(
    "on Windows no message (%s) mentions pcscd; no service = connect the reader",
    (lang) => {
      for (const code of ERROR_CODES) expect(errorMessage(code, lang, {}, "win"), code).not.toMatch(/pcscd/i);
      const windows = errorMessage("PCSC_UNAVAILABLE", lang, {}, "win");
      expect(windows).toMatch(lang === "ja" ? /IC カードリーダー.*接続/u : /Connect your IC card reader/);
      expect(windows).toMatch(lang === "ja" ? /自動で起動/u : /starts its smart card service by itself/);
      // Elsewhere there is a pcscd to start.
      expect(errorMessage("PCSC_UNAVAILABLE", lang, {}, "linux")).toMatch(/pcscd/);
      expect(errorMessage("PCSC_UNAVAILABLE", lang)).toBe(errorMessage("PCSC_UNAVAILABLE", lang, {}, "linux"));
    },
  );

  it("puts the tries left into PIN messages", () => {
    expect(errorMessage("PIN_WRONG", "en", { triesLeft: 2 })).toContain("2 tries left");
    expect(errorMessage("PIN_WRONG", "ja", { triesLeft: 1 })).toContain("残り 1 回");
  });

  it("round-trips through the wire form", () => {
    const wire = new CompanionError("PIN_WRONG", 4).toWire();
    expect(WireErrorSchema.parse(wire)).toEqual({ code: "PIN_WRONG", triesLeft: 4 });
    const revived = CompanionError.fromWire(wire);
    expect(revived.code).toBe("PIN_WRONG");
    expect(revived.retriable).toBe(true);
  });

  it("refuses unknown codes on the wire", () => {
    expect(WireErrorSchema.safeParse({ code: "NOPE" }).success).toBe(false);
  });

  it("wraps foreign errors as internal errors, keeping the cause", () => {
    const cause = new TypeError("boom");
    const wrapped = toCompanionError(cause);
    expect(wrapped.code).toBe("HOST_INTERNAL");
    expect(wrapped.cause).toBe(cause);
  });
});
