// SPDX-License-Identifier: MIT
/**
 * A complete, valid profile set using every field (an individual owner with a separate user, a corporation, and
 * UAs of several kinds). Tests use it for round trips and prefill; the data is invented.
 */
import type { ProfileSet } from "./profiles";

export const SAMPLE_PROFILE_SET: ProfileSet = {
  version: 1,
  owners: [
    {
      id: "owner-taro",
      label: "自宅",
      kind: "individual",
      name: "山田 太郎",
      reading: "ヤマダ タロウ",
      birthDate: "1980-04-01",
      address: { postalCode: "100-8918", prefecture: "東京都", city: "千代田区", line1: "霞が関2-1-3", line2: "301号" },
      phone: "090-1234-5678",
      email: "taro@example.jp",
      user: {
        sameAsOwner: false,
        person: {
          name: "山田 花子",
          reading: "ヤマダ ハナコ",
          address: {
            postalCode: "220-0012",
            prefecture: "神奈川県",
            city: "横浜市西区",
            line1: "みなとみらい1-1",
            line2: "",
          },
          phone: "+81-45-123-4567",
          email: "hanako@example.jp",
        },
      },
    },
    {
      id: "owner-sora",
      label: "会社",
      kind: "corporation",
      corporateNumber: "1234567890123",
      companyName: "そらドローン株式会社",
      companyReading: "ソラドローン カブシキガイシャ",
      representative: "空野 一郎",
      representativeReading: "ソラノ イチロウ",
      address: { postalCode: "530-0001", prefecture: "大阪府", city: "大阪市北区", line1: "梅田1-1-1", line2: "" },
      phone: "06-1234-5678",
      email: "info@sora.example.jp",
      user: { sameAsOwner: true },
    },
  ],
  uas: [
    {
      id: "ua-mavic",
      label: "空撮用",
      manufacturingType: "1",
      manufacturer: "DJI",
      model: "Mavic 3",
      category: "3",
      serialNumber: "1581F45TB2300ABC",
      weightKg: 0.895,
      maxTakeoffWeightKg: 0.895,
      remoteId: { type: "1", manufacturer: "DJI", model: "Mavic 3", serialNumber: "1581F45TB2300ABC" },
      altered: false,
      alterationDetails: "",
    },
    {
      id: "ua-home",
      label: "自作機",
      manufacturingType: "2",
      manufacturer: "山田 太郎",
      model: "YT-01",
      category: "1",
      serialNumber: "YT01-0001",
      weightKg: 2.5,
      maxTakeoffWeightKg: 3.2,
      remoteId: { type: "2", manufacturer: "Braveridge", model: "BVRAX1", serialNumber: "BV-12345" },
      altered: true,
      alterationDetails: "主翼を延長",
    },
  ],
};
