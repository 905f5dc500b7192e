// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { cardInfoToBasic4 } from "./card-info-facts";

const hex = (text: string) => Buffer.from(text, "utf8").toString("hex");
const facts = (overrides: Partial<Record<"name" | "address" | "birthday" | "sex", string>> = {}) => ({
  name: hex(overrides.name ?? "見本\u3000花子"),
  address: hex(overrides.address ?? "東京都千代田区霞が関見本町１－２－３"),
  birthday: hex(overrides.birthday ?? "19900401"),
  sex: hex(overrides.sex ?? "2"),
});

describe("cardInfoToBasic4", () => {
  it("decodes the UTF-8 texts, the birth date to ISO and keeps the card's exact name and address", () => {
    expect(cardInfoToBasic4(facts())).toEqual({
      name: "見本\u3000花子",
      address: "東京都千代田区霞が関見本町１－２－３",
      birthDate: "1990-04-01",
      sex: "2",
    });
  });

  it("maps the card-info AP's sex 9 (not applicable) to the certificate's 3 (unknown)", () => {
    expect(cardInfoToBasic4(facts({ sex: "9" })).sex).toBe("3");
  });

  it("refuses a malformed birthday, sex or UTF-8 as CARD_ERROR", () => {
    expect(() => cardInfoToBasic4(facts({ birthday: "H020401" }))).toThrow(/CARD_ERROR/);
    expect(() => cardInfoToBasic4(facts({ sex: "7" }))).toThrow(/CARD_ERROR/);
    expect(() => cardInfoToBasic4({ ...facts(), name: "ff" })).toThrow(/CARD_ERROR/);
  });
});
