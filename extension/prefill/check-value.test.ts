// @vitest-environment happy-dom
// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { checkValue, toHiragana } from "./check-value";

/** The first input or textarea of a fragment of markup, put into the page. */
function control(html: string): HTMLInputElement | HTMLTextAreaElement {
  document.body.innerHTML = html;
  const found = document.querySelector<HTMLInputElement | HTMLTextAreaElement>("input, textarea");
  if (!found) throw new Error("no control in the markup");
  return found;
}

describe("checkValue refuses a value its control does not take", () => {
  it.each([
    ["an address in an e-mail box (type=email)", '<input type="email">', "東京都千代田区", "not-email"],
    [
      "an address in a box labelled メールアドレス",
      '<label>メールアドレス <input name="ownerInfo.address"></label>',
      "東京都千代田区",
      "not-email",
    ],
    [
      "kanji in a box whose label asks for katakana",
      "<label>フリガナ（全角カタカナ）<input></label>",
      "山田 太郎",
      "not-katakana",
    ],
    ["kanji in a box whose pattern is katakana", '<input pattern="[ァ-ヶー]+">', "山田", "not-katakana"],
    [
      "latin letters in a box asking for ひらがな",
      "<label>ふりがな（ひらがな）<input></label>",
      "Yamada",
      "not-hiragana",
    ],
    ["a value longer than maxlength", '<input maxlength="3">', "100-8918", "too-long"],
    ["a value the pattern does not accept", '<input pattern="\\d{3}">', "1008918", "pattern"],
    ["a hyphen in an inputmode=numeric box", '<input inputmode="numeric">', "090-1234-5678", "not-digits"],
    ["text in an inputmode=decimal box", '<input inputmode="decimal">', "0.9kg", "not-number"],
    ["text in a number box", '<input type="number">', "約0.9", "not-number"],
    ["letters in a phone box", '<input type="tel">', "tel: 090", "not-phone"],
    ["a slashed date in a date box", '<input type="date">', "1980/04/01", "not-date"],
  ])("%s", (_, html, value, reason) => {
    expect(checkValue(control(html), value)).toEqual({ ok: false, reason });
  });
});

describe("checkValue lets a fitting value through", () => {
  it.each([
    ['<input type="email">', "taro@example.jp", "taro@example.jp"],
    ["<label>フリガナ<input></label>", "ヤマダ タロウ", "ヤマダ タロウ"],
    ['<input maxlength="3" pattern="\\d{3}">', "100", "100"],
    ['<input type="number" step="any">', "0.895", "0.895"],
    ['<input type="tel">', "+81-45-123-4567", "+81-45-123-4567"],
    ["<label>ふりがな（ひらがな）<input></label>", "ヤマダ タロウ", "やまだ たろう"],
    ["<textarea></textarea>", "主翼を延長", "主翼を延長"],
  ])("%s takes %s", (html, value, written) => {
    expect(checkValue(control(html), value)).toEqual({ ok: true, value: written });
  });

  it("turns katakana into hiragana and leaves the long-vowel mark", () => {
    expect(toHiragana("ソラノ イチロー")).toBe("そらの いちろー");
  });
});
