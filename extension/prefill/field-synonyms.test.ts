// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { bestKey, normalizeText, PERSON_KEYS, UA_KEYS } from "./field-synonyms";

const person = (label: string) => bestKey(normalizeText(label), PERSON_KEYS);
const ua = (label: string) => bestKey(normalizeText(label), UA_KEYS);

describe("bestKey", () => {
  it.each([
    ["氏名（必須）", "name"],
    ["氏名（フリガナ）", "reading"],
    ["氏名（漢字）", "name"],
    ["フリガナ（名）", "firstNameReading"],
    ["セイ", "lastNameReading"],
    ["E-mail address", "email"],
    ["メールアドレス（確認用）", "emailConfirm"],
    ["Confirm e-mail address", "emailConfirm"],
    ["User's address", "address"],
    ["名", "firstName"],
    ["会社名", "companyName"],
    ["代表者氏名", "representative"],
    ["郵便番号", "postalCode"],
    ["Telephone", "phone"],
    ["生年月日", "birthDate"],
    ["所有者と使用者が同一であることの確認", "sameAsOwner"],
  ])("person field %s → %s", (label, key) => expect(person(label)).toBe(key));

  it.each([
    ["リモートID機器の製造番号", "remoteIdSerialNumber"],
    ["UA serial number", "serialNumber"],
    ["Remote ID Manufacturer", "remoteIdManufacturer"],
    ["UA manufacturer name", "manufacturer"],
    ["リモートID機器の種類", "remoteIdType"],
    ["無人航空機の種類", "category"],
    ["製造区分", "manufacturingType"],
    ["最大離陸重量（kg）", "maxTakeoffWeight"],
    ["Maximum take-off weight", "maxTakeoffWeight"],
    ["重量", "weight"],
    ["改造の内容", "alterationDetails"],
    ["改造の有無", "altered"],
  ])("UA field %s → %s", (label, key) => expect(ua(label)).toBe(key));

  it("finds nothing in unrelated text", () => {
    expect(person("検索")).toBeUndefined();
    expect(ua("備考")).toBeUndefined();
  });
});
