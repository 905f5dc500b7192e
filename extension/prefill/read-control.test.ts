// @vitest-environment happy-dom
// SPDX-License-Identifier: MIT
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FormControl } from "./control-texts";
import { PERSON_KEYS, UA_KEYS } from "./field-synonyms";
import { readControl } from "./read-control";
import { keyFromName } from "./romanized-names";
import { useFixedLayout } from "./testing/fixed-layout";

let restoreLayout = (): void => undefined;
beforeAll(() => (restoreLayout = useFixedLayout(Element)));
afterAll(() => restoreLayout());

const KEYS = [...PERSON_KEYS, ...UA_KEYS];

/** What readControl makes of the control `#c` in a fragment of markup. */
function meaning(html: string) {
  document.body.innerHTML = html;
  const control = document.querySelector<FormControl>("#c");
  if (!control) throw new Error("no #c in the markup");
  const found = readControl(control, KEYS);
  return found && { key: found.key, part: found.part, evidence: found.evidence };
}

describe("readControl reads a control as a person does", () => {
  it.each([
    ["label[for]", '<label for="c">メールアドレス</label><input id="c">', "email"],
    ["a wrapping label", "<label>電話番号 <input id=c></label>", "phone"],
    ["aria-labelledby", '<span id="l">生年月日</span><input id="c" aria-labelledby="l">', "birthDate"],
    ["aria-label", '<input id="c" aria-label="郵便番号">', "postalCode"],
    ["the row's th", "<table><tr><th>製造者</th><td><input id=c></td></tr></table>", "manufacturer"],
    ["a dt", "<dl><dt>型式</dt><dd><input id=c></dd></dl>", "model"],
    [
      "the word before it in its cell",
      "<table><tr><th>氏名</th><td>姓 <input id=c> 名 <input></td></tr></table>",
      "lastName",
    ],
    ["名 after the 姓 box", "<table><tr><th>氏名</th><td>姓 <input> 名 <input id=c></td></tr></table>", "firstName"],
    [
      "セイ under フリガナ",
      "<table><tr><th>フリガナ</th><td>セイ <input id=c> メイ <input></td></tr></table>",
      "lastNameReading",
    ],
    [
      "姓 under フリガナ",
      "<table><tr><th>フリガナ</th><td>姓 <input> 名 <input id=c></td></tr></table>",
      "firstNameReading",
    ],
    ["〒 before the box", "<p>〒<input id=c></p>", "postalCode"],
    [
      "a qualifier read with the row: 確認用",
      "<table><tr><th>メールアドレス</th><td><input> 確認用 <input id=c></td></tr></table>",
      "emailConfirm",
    ],
    ["the fieldset legend", "<fieldset><legend>市区町村</legend><input id=c></fieldset>", "city"],
    ["the placeholder when nothing else is there", '<input id="c" placeholder="建物名・部屋番号">', "line2"],
    ["a romanized name when nothing else is there", '<input id="c" name="kitai.seizosha">', "manufacturer"],
  ])("from %s", (_, html, key) => expect(meaning(html)?.key).toBe(key));

  it("names a date part by the unit after it, not by the previous select's unit before it", () => {
    const html = (id: number) =>
      `<table><tr><th>生年月日</th><td><select ${id === 0 ? "id=c" : ""}></select>年<select ${id === 1 ? "id=c" : ""}></select>月<select ${id === 2 ? "id=c" : ""}></select>日</td></tr></table>`;
    expect([0, 1, 2].map((i) => meaning(html(i))?.part)).toEqual(["year", "month", "day"]);
  });

  it("names a phone part by 市外局番", () => {
    expect(meaning("<table><tr><th>電話番号</th><td>市外局番<input id=c></td></tr></table>")).toEqual({
      key: "phone",
      part: "1",
      evidence: "label",
    });
  });

  it("never lets a name outvote a label: ownerInfo.address under メールアドレス is the e-mail", () => {
    const html = '<table><tr><th>メールアドレス</th><td><input id="c" name="ownerInfo.mailAddress"></td></tr></table>';
    expect(meaning(html)).toEqual({ key: "email", part: undefined, evidence: "label" });
  });

  it("leaves a control whose label it does not understand, whatever its name says", () => {
    expect(meaning('<label for="c">性別</label><input id="c" name="owner.address">')).toBeUndefined();
    expect(meaning('<table><tr><th>職業</th><td><input id="c" name="jusho"></td></tr></table>')).toBeUndefined();
  });

  it("does not read an example in a placeholder as a label", () => {
    expect(meaning('<input id="c" placeholder="例）090-1234-5678" name="x1">')).toBeUndefined();
  });
});

describe("keyFromName understands romanized Japanese and English names", () => {
  it.each([
    ["ownerInfo.mailAddress", "email", undefined],
    ["mail_kakunin", "emailConfirm", undefined],
    ["shimei_sei", "lastName", undefined],
    ["seiKana", "lastNameReading", undefined],
    ["yubin1", "postalCode", "1"],
    ["zip2", "postalCode", "2"],
    ["todofuken", "prefecture", undefined],
    ["shikuchoson", "city", undefined],
    ["banchi", "line1", undefined],
    ["tatemono", "line2", undefined],
    ["tel_3", "phone", "3"],
    ["seinengappi_nen", "birthDate", "year"],
    ["birthMonth", "birthDate", "month"],
    ["kitai.katashiki", "model", undefined],
    ["kitai.seizobango", "serialNumber", undefined],
    ["kitai.juryo", "weight", undefined],
    ["remoteId.seizosha", "remoteIdManufacturer", undefined],
    ["kaizo", "altered", undefined],
  ])("%s → %s %s", (name, key, part) => expect(keyFromName(name)).toEqual(part ? { key, part } : { key }));
});
