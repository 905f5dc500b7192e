// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import type { IndividualOwner } from "./model/profiles";
import { EMPTY_PROFILE_SET, IndividualOwnerSchema } from "./model/profiles";
import { splitAddress } from "./model/address-split";
import { addressSplitUnsure, applyAccepted, factRows, newOwnerFromCard, withOwner } from "./owner-from-card";

const card = {
  name: "見本\u3000花子",
  address: "東京都千代田区霞が関見本町４－５－６",
  birthDate: "1990-04-01",
  sex: "2" as const,
};
const owner: IndividualOwner = {
  id: "owner-mihon",
  kind: "individual",
  label: "自宅",
  name: "見本 花",
  reading: "ミホン ハナコ",
  birthDate: "1990-04-02",
  address: { postalCode: "100-0013", prefecture: "東京都", city: "千代田区", line1: "霞が関見本町1-2-3", line2: "" },
  phone: "090-1234-5678",
  email: "hanako@example.jp",
  user: { sameAsOwner: true },
};

describe("factRows", () => {
  it("lists name, address and birth date with the differing ones flagged (after NFKC and spaces)", () => {
    const same = { ...owner, name: "見本 花子" };
    expect(factRows(same, card).map((row) => [row.field, row.differs])).toEqual([
      ["name", false],
      ["address", true],
      ["birthDate", true],
    ]);
  });
});

describe("applyAccepted", () => {
  it("changes only the accepted fields and keeps the postal code, reading, phone and e-mail", () => {
    const updated = applyAccepted(owner, card, new Set(["address", "name"] as const));
    expect(updated).toEqual({
      ...owner,
      name: card.name,
      address: {
        postalCode: "100-0013",
        prefecture: "東京都",
        city: "千代田区",
        line1: "霞が関見本町４－５－６",
        line2: "",
      },
    });
    expect(applyAccepted(owner, card, new Set())).toEqual(owner);
  });
});

describe("newOwnerFromCard", () => {
  it("makes a valid individual owner whose name and birth date are the card's exactly", () => {
    const created = newOwnerFromCard("new-1", card, {
      label: "",
      reading: "ミホン ハナコ",
      address: splitAddress(card.address, "100-0013"),
      phone: "090-1234-5678",
      email: "hanako@example.jp",
    });
    expect(IndividualOwnerSchema.parse(created)).toEqual(created);
    expect([created.name, created.birthDate, created.user]).toEqual([card.name, card.birthDate, { sameAsOwner: true }]);
    expect(Object.keys(created)).not.toContain("sex");
    expect(withOwner(EMPTY_PROFILE_SET, created).owners).toEqual([created]);
    expect(withOwner(withOwner(EMPTY_PROFILE_SET, owner), { ...owner, label: "x" }).owners).toHaveLength(1);
  });
});

describe("addressSplitUnsure", () => {
  it("is sure of listed municipalities, and unsure where a part is empty or the split stopped inside a name", () => {
    expect(addressSplitUnsure(splitAddress(card.address))).toBe(false);
    expect(addressSplitUnsure(splitAddress("大阪府大阪市北区梅田1-1-1"))).toBe(false);
    expect(addressSplitUnsure(splitAddress("千葉県市川市八幡1-1"))).toBe(false);
    // Split by the official list, these are whole: 四日市市 / 諏訪町1-5, 十日町市 / 本町1.
    expect(addressSplitUnsure(splitAddress("三重県四日市市諏訪町1-5"))).toBe(false);
    expect(addressSplitUnsure(splitAddress("新潟県十日町市本町1"))).toBe(false);
    // A name the list does not know falls back to the rule, which stops inside it.
    expect(
      addressSplitUnsure({ postalCode: "", prefecture: "三重県", city: "四日", line1: "市市諏訪町1-5", line2: "" }),
    ).toBe(true);
    expect(addressSplitUnsure(splitAddress("どこか1-2-3"))).toBe(true);
  });
});
