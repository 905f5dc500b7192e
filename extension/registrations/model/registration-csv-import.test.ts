// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { registerCsv } from "./registration-csv";
import { csvRecords, importRegisterCsv } from "./registration-csv-import";
import { EMPTY_REGISTER, type Registration } from "./registrations";
import { SAMPLE_DEREGISTERED, SAMPLE_REGISTRATION } from "./registrations-sample";

const NOW = "2026-12-06T10:00:00.000Z";

describe("reading CSV records", () => {
  it("keeps quotes, commas and line breaks inside quoted fields, CRLF or LF between records", () => {
    expect(csvRecords('"a","b ""c""","d,e"\r\n"f\r\ng",h\ni,,\n')).toEqual([
      ["a", 'b "c"', "d,e"],
      ["f\r\ng", "h"],
      ["i", "", ""],
    ]);
    expect(csvRecords('"open')).toBe("(file): a quoted field is not closed");
  });
});

describe("importing the register from CSV", () => {
  it("reads back its own export exactly, formula-defused texts included", () => {
    const tricky: Registration = { ...SAMPLE_DEREGISTERED, manufacturer: "=そらドローン", model: '+SD-1 "点検機", 改' };
    const csv = registerCsv([SAMPLE_REGISTRATION, tricky]);
    const merged = importRegisterCsv(EMPTY_REGISTER, csv, NOW);
    expect(merged).toMatchObject({ ok: true, added: 2 });
    expect(merged.ok && merged.register.registrations).toEqual([SAMPLE_REGISTRATION, tricky]);
  });

  it("takes a sheet a user typed: columns in any order, only the needed ones, expiry computed", () => {
    const csv = [
      "registrationDate,mark,serialNumber,manufacturer,model,expiryDate",
      "2022-12-05,ju1a2b3c4d5e,SN-1,見本航空,MH-4,",
      "2023-01-10,JU9Z8Y7X6W5V,SN-2,DJI,Mini 3,2026-01-31",
    ].join("\n");
    const merged = importRegisterCsv(EMPTY_REGISTER, csv, NOW);
    expect(merged.ok).toBe(true);
    expect(merged.ok && merged.register.registrations).toEqual([
      expect.objectContaining({
        mark: "JU1A2B3C4D5E",
        registrationDate: "2022-12-05",
        expiryDate: "2025-12-04",
        expirySource: "computed",
        deregistered: false,
        ownerProfileId: null,
        capturedAt: NOW,
        updatedAt: NOW,
      }),
      expect.objectContaining({ mark: "JU9Z8Y7X6W5V", expiryDate: "2026-01-31", expirySource: "page" }),
    ]);
  });

  it("merges by mark like the JSON import: a later row replaces, the same file twice changes nothing", () => {
    const current = { ...EMPTY_REGISTER, registrations: [SAMPLE_REGISTRATION] };
    const later = { ...SAMPLE_REGISTRATION, model: "Mavic 3 Pro", updatedAt: "2026-01-01T00:00:00.000Z" };
    const once = importRegisterCsv(current, registerCsv([later, SAMPLE_DEREGISTERED]), NOW);
    expect(once).toMatchObject({ ok: true, added: 1, replaced: 1 });
    if (!once.ok) return;
    const twice = importRegisterCsv(once.register, registerCsv([later, SAMPLE_DEREGISTERED]), NOW);
    expect(twice).toMatchObject({ ok: true, added: 0, replaced: 0, unchanged: 2 });
  });

  it("refuses the whole file for an unknown or missing column, or any bad row", () => {
    expect(importRegisterCsv(EMPTY_REGISTER, "mark,maker,model,serialNumber,registrationDate\n", NOW)).toEqual({
      ok: false,
      code: "REGISTER_IMPORT_INVALID",
      reasons: ['(header): unknown column "maker"', '(header): column "manufacturer" is missing'],
    });
    const bad = [
      "mark,manufacturer,model,serialNumber,registrationDate,deregistered",
      "JU1A2B3C4D5E,M,X,S,2022-12-05,",
      "JU1A2B3C,M,X,S,2022-13-05,maybe",
    ].join("\n");
    const refused = importRegisterCsv(EMPTY_REGISTER, bad, NOW);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reasons.join("\n")).toMatch(/registrations\.1\.mark[\s\S]*registrations\.1\./);
  });
});
