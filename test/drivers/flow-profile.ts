// SPDX-License-Identifier: MIT
/**
 * The saved profile `npm start` and the end-to-end tests import into the extension: the emulated card's default
 * holder (見本 花子, test/pki/test-holder.ts) as owner and user, and two UAs. Invented data.
 */
import type { ProfileSet } from "../../extension/profiles/model/profiles";

export const FLOW_OWNER_ID = "owner-mihon";
export const FLOW_UA_IDS = ["ua-multicopter", "ua-homebuilt"] as const;

export const FLOW_PROFILE_SET: ProfileSet = {
  version: 1,
  owners: [
    {
      id: FLOW_OWNER_ID,
      label: "見本（自宅）",
      kind: "individual",
      name: "見本\u3000花子",
      reading: "ミホン\u3000ハナコ",
      birthDate: "1990-04-01",
      address: {
        postalCode: "100-0013",
        prefecture: "東京都",
        city: "千代田区",
        line1: "霞が関見本町１－２－３",
        line2: "",
      },
      phone: "090-1234-5678",
      email: "hanako@example.jp",
      user: { sameAsOwner: true },
    },
  ],
  uas: [
    {
      id: FLOW_UA_IDS[0],
      label: "空撮用",
      manufacturingType: "1",
      manufacturer: "見本航空",
      model: "MH-4",
      category: "3",
      serialNumber: "MH4-000123",
      weightKg: 0.9,
      maxTakeoffWeightKg: 1.2,
      remoteId: { type: "1", manufacturer: "見本航空", model: "MH-4", serialNumber: "MH4-000123" },
      altered: false,
      alterationDetails: "",
    },
    {
      id: FLOW_UA_IDS[1],
      label: "自作機",
      manufacturingType: "2",
      manufacturer: "見本\u3000花子",
      model: "HK-01",
      category: "1",
      serialNumber: "HK01-0001",
      weightKg: 2.5,
      maxTakeoffWeightKg: 3.2,
      remoteId: { type: "2", manufacturer: "見本電子", model: "RID-9", serialNumber: "RID9-0456" },
      altered: true,
      alterationDetails: "主翼を延長",
    },
  ],
};
