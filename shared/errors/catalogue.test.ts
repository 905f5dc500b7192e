// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { PIN_KINDS } from "../pin";
import { ERROR_CATALOGUE, ERROR_CODES, errorMessage, LANGUAGES } from "./catalogue";
import { CompanionError, WireErrorSchema, toCompanionError } from "./companion-error";
import type { ErrorEntry } from "./error-entry";

/** Every text an entry can show: its own, and each PIN's. */
function texts(entry: ErrorEntry): { ja: string; en: string }[] {
  return [entry, ...Object.values(entry.byPin ?? {})];
}

/**
 * The verbs an English message tells the user to do something with, at the start of a sentence or of a clause after
 * a comma or semicolon ("…; if it keeps happening, ask your municipal office").
 */
const EN_ACTION =
  /(?:^|[.;:]\s+|,\s+(?:then\s+)?)(?:try|check|connect|place|use|keep|wait|start|restart|take|renew|enter|choose|remove|close|ask|reload|add|install|type|tick|press|apply|update|finish|have)\b/iu;
/** Japanese: a request to the reader (〜してください, お試しください, ご相談ください). */
const JA_ACTION = /ください[。（]/u;

describe("error catalogue", () => {
  it.each(ERROR_CODES)("%s has a Japanese and an English message", (code) => {
    for (const text of texts(ERROR_CATALOGUE[code])) {
      expect(text.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
      // English, with the official Japanese name of a PIN or feature in parentheses where one is named.
      expect(text.en.replace(/\([^()]*[\u3040-\u30ff\u4e00-\u9fff][^()]*\)/gu, "")).toMatch(
        /^[\x20-\x7e\u2013\u201c\u201d]+$/u,
      );
    }
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

  it.each(ERROR_CODES)("%s says what to do next, in each language and for each PIN", (code) => {
    for (const text of texts(ERROR_CATALOGUE[code])) {
      expect(text.en).toMatch(EN_ACTION);
      expect(text.ja).toMatch(JA_ACTION);
    }
  });

  it("says how many more wrong tries lock the PIN, in the plural form of the language", () => {
    expect(errorMessage("PIN_WRONG", "en", { triesLeft: 2, pinKind: "sign" })).toBe(
      "Wrong signing password (署名用電子証明書のパスワード). Check it and type it again. 2 more wrong tries lock it.",
    );
    expect(errorMessage("PIN_WRONG", "en", { triesLeft: 1 })).toMatch(/ 1 more wrong try locks it\.$/u);
    expect(errorMessage("PIN_WRONG", "ja", { triesLeft: 1, pinKind: "auth" })).toBe(
      "利用者証明用電子証明書の暗証番号が違います。確かめて入力し直してください。あと 1 回間違えるとロックされます。",
    );
  });

  it("says nothing about the tries left when they are unknown", () => {
    for (const lang of LANGUAGES) {
      const text = errorMessage("PIN_WRONG", lang);
      expect(text).not.toMatch(/\?|\{|回間違える|more wrong/u);
      expect(text).toContain(lang === "ja" ? "暗証番号・パスワードが違います" : "Wrong PIN or password");
    }
  });

  it("names the locked PIN and where to reset it; the kiosk only for the signing password", () => {
    for (const kind of PIN_KINDS) {
      const ja = errorMessage("PIN_BLOCKED", "ja", { triesLeft: 0, pinKind: kind });
      const en = errorMessage("PIN_BLOCKED", "en", { triesLeft: 0, pinKind: kind });
      expect(ja).toContain("市区町村の窓口");
      expect(en).toContain("municipal office");
      expect(ja.includes("キオスク")).toBe(kind === "sign");
      expect(en.includes("kiosk")).toBe(kind === "sign");
    }
    expect(errorMessage("PIN_BLOCKED", "ja", { pinKind: "auth" })).toMatch(
      /^利用者証明用電子証明書の暗証番号がロック/u,
    );
    expect(errorMessage("PIN_BLOCKED", "en", { pinKind: "card-info" })).toMatch(
      /^The card-info PIN \(券面事項入力補助用の暗証番号\) is locked/u,
    );
  });

  it("says that no try was used where that is so", () => {
    for (const code of ["REQUEST_TIMEOUT", "HOST_DISCONNECTED", "PIN_MALFORMED"] as const) {
      expect(errorMessage(code, "en")).toMatch(/no try was used/u);
      expect(errorMessage(code, "ja")).toMatch(/残り回数は減っていません/u);
    }
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
