// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { SAMPLE_DATA } from "../testing/sample-data";
import { replaceOwnerFactsWithCard } from "./basic4-replacement";

const card = {
  name: "見本\u3000花子",
  address: "東京都千代田区霞が関見本町１－２－３",
  birthDate: "1990-04-01",
  sex: "2",
} as const;

describe("step ③: owner facts replaced with the card's", () => {
  it("keeps the data when they match after NFKC and whitespace normalisation", () => {
    const typed = {
      ...SAMPLE_DATA,
      owner: { ...SAMPLE_DATA.owner, name: "見本 花子", address: "東京都千代田区霞が関見本町1-2-3" },
    };
    const result = replaceOwnerFactsWithCard(typed, card);
    expect(result.replaced).toEqual([]);
    expect(result.data).toBe(typed);
  });

  it("takes the card's name, address and birth date when they differ, and keeps everything else", () => {
    const typed = {
      ...SAMPLE_DATA,
      owner: { ...SAMPLE_DATA.owner, address: "東京都港区見本1-1", birthDate: "1990-04-02" },
    };
    const result = replaceOwnerFactsWithCard(typed, card);
    expect(result.replaced).toEqual(["address", "birthDate"]);
    expect(result.data.owner).toEqual({
      ...typed.owner,
      name: card.name,
      address: card.address,
      birthDate: card.birthDate,
    });
    expect(result.data.uas).toBe(typed.uas);
  });
});
