// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { errorText, registerMessages, resolveLanguage, setLanguage, t } from "./translate";

describe("translate", () => {
  registerMessages({ "test.greeting": { ja: "{name} さん、こんにちは", en: "Hello, {name}" } });

  it("fills placeholders in the current language", () => {
    setLanguage("en");
    expect(t("test.greeting", { name: "Sato" })).toBe("Hello, Sato");
    setLanguage("ja");
    expect(t("test.greeting", { name: "佐藤" })).toBe("佐藤 さん、こんにちは");
  });

  it("returns the key for unknown messages and refuses a key registered twice with other text", () => {
    expect(t("test.missing")).toBe("test.missing");
    expect(() => registerMessages({ "test.greeting": { ja: "x", en: "y" } })).toThrow(/twice/);
  });

  it("follows the browser language only for auto", () => {
    expect(resolveLanguage("auto", "ja-JP")).toBe("ja");
    expect(resolveLanguage("auto", "en-US")).toBe("en");
    expect(resolveLanguage("en", "ja")).toBe("en");
  });

  it("renders catalogue errors with tries left, naming the PIN where known", () => {
    setLanguage("en");
    expect(errorText({ code: "PIN_WRONG", triesLeft: 2 })).toBe(
      "Wrong PIN or password. Check it and type it again. 2 more wrong tries lock it.",
    );
    expect(errorText({ code: "PIN_WRONG", triesLeft: 1 }, "card-info")).toBe(
      "Wrong card-info PIN (券面事項入力補助用の暗証番号). Check it and type it again. 1 more wrong try locks it.",
    );
  });

  it("picks the plural form by the language's rules", () => {
    registerMessages({
      "test.days": {
        ja: "あと {count} 日（{date}）",
        en: "{count} days left ({date})",
        one: { en: "1 day left ({date})" },
      },
    });
    setLanguage("en");
    expect(t("test.days", { count: 1, date: "d" })).toBe("1 day left (d)");
    expect(t("test.days", { count: 0, date: "d" })).toBe("0 days left (d)");
    expect(t("test.days", { count: 21, date: "d" })).toBe("21 days left (d)");
    setLanguage("ja");
    expect(t("test.days", { count: 1, date: "d" })).toBe("あと 1 日（d）");
  });
});
