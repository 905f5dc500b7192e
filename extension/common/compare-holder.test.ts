// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import type { IndividualOwner } from "../profiles/model/profiles";
import { SAMPLE_PROFILE_SET } from "../profiles/model/profiles-sample";
import { applyHolder } from "../pages/precheck/apply-holder";
import { holderDifferences } from "./compare-holder";

const taro = SAMPLE_PROFILE_SET.owners[0] as IndividualOwner;
const sameAsTaro = {
  name: "山田　太郎",
  address: "東京都千代田区霞が関２－１－３ ３０１号",
  birthDate: "1980-04-01",
  sex: "1" as const,
};

describe("holderDifferences", () => {
  it("sees no difference after NFKC and whitespace normalisation", () => {
    expect(holderDifferences(taro, sameAsTaro)).toEqual([]);
  });

  it("flags a changed address with both values", () => {
    const moved = { ...sameAsTaro, address: "大阪府大阪市北区梅田1-1-1" };
    expect(holderDifferences(taro, moved)).toEqual([
      { field: "address", card: "大阪府大阪市北区梅田1-1-1", profile: "東京都千代田区霞が関2-1-3 301号" },
    ]);
  });
});

describe("applyHolder", () => {
  it("takes the card's address (re-split, postal code kept) and leaves the rest", () => {
    const updated = applyHolder(taro, { ...sameAsTaro, address: "大阪府大阪市北区梅田1-1-1" });
    expect(updated).toEqual({
      ...taro,
      address: { postalCode: "100-8918", prefecture: "大阪府", city: "大阪市北区", line1: "梅田1-1-1", line2: "" },
    });
    expect(holderDifferences(updated, { ...sameAsTaro, address: "大阪府大阪市北区梅田1-1-1" })).toEqual([]);
  });

  it("takes the card's name and birth date when they differ", () => {
    const updated = applyHolder(taro, { ...sameAsTaro, name: "佐藤　太郎", birthDate: "1980-04-02" });
    expect([updated.name, updated.birthDate, updated.address]).toEqual(["佐藤　太郎", "1980-04-02", taro.address]);
  });
});
