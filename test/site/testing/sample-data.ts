// SPDX-License-Identifier: MIT
/** Application data for the site's unit tests: the default test holder as owner, two UAs. */
import type { ApplicationData } from "../model/application-data";

export const SAMPLE_DATA: ApplicationData = {
  owner: {
    name: "見本\u3000花子",
    reading: "ミホン\u3000ハナコ",
    address: "東京都千代田区霞が関見本町１－２－３",
    birthDate: "1990-04-01",
    phone: "+819012345678",
    email: "hanako@example.jp",
  },
  uas: [
    {
      manufacturingType: "1",
      manufacturer: "見本航空",
      model: "MH-1",
      category: "3",
      serialNumber: "SN-0001",
      remoteIdType: "1",
      remoteIdManufacturer: "",
      remoteIdModel: "",
      remoteIdSerialNumber: "",
      alteration: "0",
    },
    {
      manufacturingType: "2",
      manufacturer: "自作",
      model: "HB-2",
      category: "2",
      serialNumber: "SN-0002",
      remoteIdType: "2",
      remoteIdManufacturer: "見本電子",
      remoteIdModel: "RID-9",
      remoteIdSerialNumber: "RID-0002",
      alteration: "1",
    },
  ],
  user: { sameAsOwner: true },
};
