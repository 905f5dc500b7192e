// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { ProfileSetSchema, UaSchema } from "./profiles";
import { fullAddress, splitAddressByRule as splitAddress } from "./profiles-address";
import { parseProfileSet } from "./profiles-migrations";
import { SAMPLE_PROFILE_SET } from "./profiles-sample";

describe("profile schemas", () => {
  it("accept the sample set unchanged", () => {
    expect(ProfileSetSchema.parse(SAMPLE_PROFILE_SET)).toEqual(SAMPLE_PROFILE_SET);
  });

  it("refuse a serial number over 20 characters, a bad corporate number and duplicate ids", () => {
    const [mavic] = SAMPLE_PROFILE_SET.uas;
    const [taro, sora] = SAMPLE_PROFILE_SET.owners;
    const bad = {
      ...SAMPLE_PROFILE_SET,
      owners: [taro, { ...sora, corporateNumber: "12345" }],
      uas: [{ ...mavic, serialNumber: "X".repeat(21) }, mavic],
    };
    const result = parseProfileSet(bad);
    expect(result.ok).toBe(false);
    const reasons = result.ok ? [] : result.reasons;
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^owners\.1\.corporateNumber: /),
        expect.stringMatching(/^uas\.0\.serialNumber: /),
        expect.stringMatching(/^uas: UA ids must be unique/),
      ]),
    );
  });

  it("accept 00000000 as the corporate number of a sole proprietor and +81 phones", () => {
    const [, sora] = SAMPLE_PROFILE_SET.owners;
    const set = { ...SAMPLE_PROFILE_SET, owners: [{ ...sora, corporateNumber: "00000000", phone: "+819012345678" }] };
    expect(parseProfileSet(set).ok).toBe(true);
  });

  it("require a Remote ID serial when a device is fitted, and MTOW ≥ weight", () => {
    const [mavic] = SAMPLE_PROFILE_SET.uas;
    const noSerial = { ...mavic, remoteId: { ...mavic!.remoteId, serialNumber: "" } };
    expect(UaSchema.safeParse(noSerial).success).toBe(false);
    expect(UaSchema.safeParse({ ...mavic, maxTakeoffWeightKg: 0.5 }).success).toBe(false);
  });
});

describe("parseProfileSet migrations", () => {
  const v0 = {
    owners: [
      {
        id: "o1",
        name: "鈴木 一郎",
        furigana: "スズキ イチロウ",
        postalCode: "231-0023",
        address: "神奈川県横浜市中区山下町１－２",
        birthday: "1975/12/31",
        tel: "045-000-0000",
        mail: "ichiro@example.jp",
      },
    ],
    drones: [
      { id: "d1", maker: "DJI", model: "Mini 4 Pro", category: "3", serial: "SN1", weightGrams: 249, mtowGrams: 249 },
    ],
  };

  it("upgrade a version-0 set to the current shape", () => {
    const result = parseProfileSet(v0);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const owner = result.data.owners[0];
    expect(owner).toMatchObject({
      kind: "individual",
      reading: "スズキ イチロウ",
      birthDate: "1975-12-31",
      address: { postalCode: "231-0023", prefecture: "神奈川県", city: "横浜市中区", line1: "山下町１－２", line2: "" },
      user: { sameAsOwner: true },
    });
    expect(result.data.uas[0]).toMatchObject({ weightKg: 0.249, manufacturingType: "1", remoteId: { type: "0" } });
  });

  it("report version-0 problems by path and refuse unknown versions", () => {
    const broken = { ...v0, owners: [{ ...v0.owners[0], birthday: "31.12.1975" }] };
    expect(parseProfileSet(broken)).toEqual({ ok: false, reasons: [expect.stringMatching(/^owners\.0\.birthday: /)] });
    expect(parseProfileSet({ version: 99, owners: [], uas: [] }).ok).toBe(false);
    expect(parseProfileSet("not an object").ok).toBe(false);
  });
});

describe("addresses", () => {
  it.each([
    ["東京都千代田区霞が関2-1-3", "東京都", "千代田区", "霞が関2-1-3"],
    ["北海道札幌市中央区北1条西2丁目", "北海道", "札幌市中央区", "北1条西2丁目"],
    ["福島県郡山市朝日1-2", "福島県", "郡山市", "朝日1-2"],
    ["長野県北佐久郡軽井沢町大字軽井沢1", "長野県", "北佐久郡軽井沢町", "大字軽井沢1"],
    ["和歌山県和歌山市一番丁1", "和歌山県", "和歌山市", "一番丁1"],
  ])("split %s", (line, prefecture, city, line1) => {
    const address = splitAddress(line);
    expect(address).toEqual({ postalCode: "", prefecture, city, line1, line2: "" });
    expect(fullAddress(address)).toBe(line);
  });
});
