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

  it("renders catalogue errors with tries left", () => {
    setLanguage("en");
    expect(errorText({ code: "PIN_WRONG", triesLeft: 2 })).toBe("Wrong PIN. 2 tries left before the PIN is locked.");
  });
});
