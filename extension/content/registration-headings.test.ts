// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { headingField } from "./registration-headings";

describe("headings by meaning", () => {
  it.each([
    ["登録記号", "mark"],
    ["Registration mark", "mark"],
    ["製造者", "manufacturer"],
    ["製造者名", "manufacturer"],
    ["メーカー", "manufacturer"],
    ["Manufacturer", "manufacturer"],
    ["Maker", "manufacturer"],
    ["型式", "model"],
    ["型式名", "model"],
    ["機種", "model"],
    ["Model name", "model"],
    ["製造番号", "serialNumber"],
    ["シリアル番号", "serialNumber"],
    ["Serial No.", "serialNumber"],
    ["登録日", "registrationDate"],
    ["登録年月日：", "registrationDate"],
    ["Date of registration", "registrationDate"],
    ["有効期限", "expiryDate"],
    ["有効期間", "expiryDate"],
    ["有効期間満了日", "expiryDate"],
    ["Expiry date", "expiryDate"],
    ["Valid until", "expiryDate"],
    ["申請番号", "applicationId"],
  ])("%s names %s", (heading, field) => {
    expect(headingField(heading)).toBe(field);
  });

  it.each(["有効期間の更新", "Renew", "所有者名", "リモートID製造番号", "状態", "手数料", ""])(
    "%j names no field",
    (heading) => {
      expect(headingField(heading)).toBeUndefined();
    },
  );
});
