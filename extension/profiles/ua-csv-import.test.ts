// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { SAMPLE_PROFILE_SET } from "./model/profiles-sample";
import { importUaCsv, MAX_CSV_BYTES } from "./ua-csv-import";

let counter = 0;
const newId = () => `new-${++counter}`;

describe("importUaCsv", () => {
  it("reads Japanese headers and Japanese code names, and replaces a UA with a saved serial number", () => {
    const csv = [
      "製造区分,製造者,型式,無人航空機の種類,製造番号,重量(kg),最大離陸重量（kg）,リモートIDの種類,リモートID製造番号,改造の有無",
      '製造,"Parrot, SA",ANAFI,マルチコプター,PA-001,0.32,0.32,内蔵,RID-1,なし',
      "1,DJI,Mavic 3,3,1581F45TB2300ABC,0.9,1.0,1,RID-2,あり",
    ].join("\r\n");
    const result = importUaCsv(csv, SAMPLE_PROFILE_SET, newId);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.added).toBe(1);
    expect(result.updated).toBe(1);
    expect(result.set.uas).toHaveLength(3);
    expect(result.set.uas.find((ua) => ua.serialNumber === "PA-001")).toMatchObject({
      manufacturer: "Parrot, SA",
      category: "3",
      manufacturingType: "1",
      remoteId: { type: "1", serialNumber: "RID-1" },
      altered: false,
    });
    expect(result.set.uas.find((ua) => ua.id === "ua-mavic")).toMatchObject({ weightKg: 0.9, altered: true });
  });

  it("reads English headers", () => {
    const csv =
      "UA serial number,Manufacturer,Model,Category,Weight (kg),Maximum take-off weight (kg),Manufacturing type\n" +
      "HB-9,Me,Kite,Glider,1.5,2,Home-built\n";
    const result = importUaCsv(csv, { version: 1, owners: [], uas: [] }, newId);
    expect(result.ok && result.set.uas[0]).toMatchObject({
      category: "5",
      manufacturingType: "2",
      remoteId: { type: "0" },
    });
  });

  it("rejects a bad file with row and column reasons, and adds nothing", () => {
    const csv = [
      "製造番号,製造者,型式,種類,重量,最大離陸重量",
      "AAAAAAAAAAAAAAAAAAAAAAAAA,DJI,Mini,3,0.2,0.2",
      "OK-1,DJI,Mini,潜水艦,0.2,0.2",
      "OK-2,DJI,Mini,3,heavy,0.2",
      "OK-3,DJI",
    ].join("\n");
    const result = importUaCsv(csv, SAMPLE_PROFILE_SET, newId);
    expect(result).toEqual({
      ok: false,
      reasons: [
        expect.stringMatching(/^line 2, 製造番号: /),
        expect.stringMatching(/^line 3, 種類: /),
        expect.stringMatching(/^line 4, 重量: /),
        "line 5: 2 fields, the header has 6",
      ],
    });
  });

  it("rejects unknown and missing columns, and files over the size cap", () => {
    const result = importUaCsv("製造番号,色\nX,red", SAMPLE_PROFILE_SET, newId);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reasons).toEqual(
      expect.arrayContaining(['line 1: unknown column "色"', expect.stringContaining('missing column "manufacturer"')]),
    );
    expect(importUaCsv("x".repeat(MAX_CSV_BYTES + 1), SAMPLE_PROFILE_SET, newId).ok).toBe(false);
  });
});
