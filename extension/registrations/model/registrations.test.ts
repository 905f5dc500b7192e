// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { ERROR_CATALOGUE } from "../../../shared/errors/catalogue";
import { EMPTY_REGISTER, MAX_REGISTRATIONS, parseRegister, RegisterSchema, RegistrationSchema } from "./registrations";
import { SAMPLE_DEREGISTERED, SAMPLE_REGISTRATION } from "./registrations-sample";

const ENTRY = SAMPLE_REGISTRATION;

const issuesOf = (value: unknown) =>
  RegistrationSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];

describe("RegistrationSchema", () => {
  it("accepts the samples unchanged", () => {
    expect(RegisterSchema.parse({ version: 1, registrations: [ENTRY, SAMPLE_DEREGISTERED] }).registrations).toEqual([
      ENTRY,
      SAMPLE_DEREGISTERED,
    ]);
  });

  it("accepts an entry unchanged, and fills the optional fields when absent", () => {
    expect(RegistrationSchema.parse(ENTRY)).toEqual(ENTRY);
    const { ownerProfileId: _o, uaProfileId: _u, applicationId: _a, deregistered: _d, ...bare } = ENTRY;
    expect(RegistrationSchema.parse(bare)).toEqual({
      ...bare,
      ownerProfileId: null,
      uaProfileId: null,
      deregistered: false,
    });
  });

  it("accepts marks of the real site's shape and of the practice site's", () => {
    for (const mark of ["JU0123456789", "JUABCDEFGHIJ", "JUOOIIXYZ123", "JU3K7MNPQRST"])
      expect(RegistrationSchema.safeParse({ ...ENTRY, mark }).success, mark).toBe(true);
  });

  it("refuses marks that are not JU + 10 upper-case letters or digits", () => {
    for (const mark of [
      "JU012345678",
      "JU01234567890",
      "ju0123456789",
      "JA0123456789",
      "JU01234567a9",
      " JU0123456789",
    ])
      expect(issuesOf({ ...ENTRY, mark }), mark).toEqual([expect.stringMatching(/^mark: /)]);
  });

  it("keeps texts plain and capped, and serial numbers to the site's 20 characters", () => {
    expect(RegistrationSchema.parse({ ...ENTRY, manufacturer: "  ディー・ジェイ・アイ DJI " }).manufacturer).toBe(
      "ディー・ジェイ・アイ DJI",
    );
    expect(issuesOf({ ...ENTRY, model: "Mini\u202E4" })).toEqual([expect.stringMatching(/^model: must be plain/)]);
    expect(issuesOf({ ...ENTRY, model: "Mini\n4" })).toEqual([expect.stringMatching(/^model: /)]);
    expect(issuesOf({ ...ENTRY, manufacturer: " " })).toEqual([expect.stringMatching(/^manufacturer: /)]);
    expect(issuesOf({ ...ENTRY, model: "M".repeat(201) })).toEqual([expect.stringMatching(/^model: /)]);
    expect(RegistrationSchema.safeParse({ ...ENTRY, serialNumber: "S".repeat(20) }).success).toBe(true);
    expect(issuesOf({ ...ENTRY, serialNumber: "S".repeat(21) })).toEqual([expect.stringMatching(/^serialNumber: /)]);
  });

  it("takes policy profile ids, and refuses ids with other characters", () => {
    expect(RegistrationSchema.safeParse({ ...ENTRY, uaProfileId: `policy-${"x".repeat(64)}` }).success).toBe(true);
    expect(issuesOf({ ...ENTRY, ownerProfileId: "a b" })).toEqual([expect.stringMatching(/^ownerProfileId: /)]);
    expect(issuesOf({ ...ENTRY, applicationId: "A1;DROP" })).toEqual([expect.stringMatching(/^applicationId: /)]);
  });

  it("refuses dates that are not calendar dates, and timestamps with offsets", () => {
    expect(issuesOf({ ...ENTRY, registrationDate: "2023-02-29", expirySource: "page" })).toEqual([
      expect.stringMatching(/^registrationDate: /),
    ]);
    expect(issuesOf({ ...ENTRY, registrationDate: "2023-02-29" })).toEqual([
      expect.stringMatching(/^registrationDate: /),
    ]);
    expect(issuesOf({ ...ENTRY, expiryDate: "2025/06/19", expirySource: "page" })).toEqual([
      expect.stringMatching(/^expiryDate: /),
    ]);
    expect(issuesOf({ ...ENTRY, capturedAt: "2022-06-20T12:04:05+09:00" })).toEqual([
      expect.stringMatching(/^capturedAt: /),
    ]);
  });

  it("requires a computed expiry to be the computed one, and any expiry after the registration", () => {
    expect(issuesOf({ ...ENTRY, expiryDate: "2025-06-20" })).toEqual([
      expect.stringMatching(/^expiryDate: a computed/),
    ]);
    expect(RegistrationSchema.safeParse({ ...ENTRY, expiryDate: "2025-06-20", expirySource: "page" }).success).toBe(
      true,
    );
    expect(issuesOf({ ...ENTRY, expiryDate: "2022-06-20", expirySource: "page" })).toEqual([
      expect.stringMatching(/^expiryDate: expiry date must be after/),
    ]);
    const leap = { ...ENTRY, registrationDate: "2024-02-29", expiryDate: "2027-02-28" };
    expect(RegistrationSchema.safeParse(leap).success).toBe(true);
  });

  it("refuses an update before the capture, an unknown expiry source and unknown fields", () => {
    expect(issuesOf({ ...ENTRY, updatedAt: "2022-06-20T03:04:05.677Z" })).toEqual([
      expect.stringMatching(/^updatedAt: /),
    ]);
    expect(issuesOf({ ...ENTRY, expirySource: "guess" })).toEqual([expect.stringMatching(/^expirySource: /)]);
    expect(RegistrationSchema.safeParse({ ...ENTRY, note: "x" }).success).toBe(false);
  });
});

describe("RegisterSchema and parseRegister", () => {
  it("accepts the empty register and refuses other versions", () => {
    expect(RegisterSchema.parse(EMPTY_REGISTER)).toEqual(EMPTY_REGISTER);
    expect(parseRegister({ version: 2, registrations: [] })).toEqual({
      ok: false,
      reasons: [expect.stringMatching(/^version: /)],
    });
    expect(parseRegister(null).ok).toBe(false);
    expect(parseRegister([ENTRY]).ok).toBe(false);
  });

  it("refuses two entries with the same mark", () => {
    const result = parseRegister({ version: 1, registrations: [ENTRY, { ...ENTRY, serialNumber: "OTHER" }] });
    expect(result).toEqual({ ok: false, reasons: ["registrations: registration marks must be unique"] });
  });

  it("holds at most MAX_REGISTRATIONS entries", () => {
    const marks = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ ...ENTRY, mark: `JU${String(i).padStart(10, "0")}` }));
    expect(parseRegister({ version: 1, registrations: marks(MAX_REGISTRATIONS) }).ok).toBe(true);
    expect(parseRegister({ version: 1, registrations: marks(MAX_REGISTRATIONS + 1) })).toEqual({
      ok: false,
      reasons: [`registrations: at most ${MAX_REGISTRATIONS} registrations`],
    });
  });

  it("reports problems by path", () => {
    const result = parseRegister({
      version: 1,
      registrations: [
        { ...ENTRY, mark: "JU1", model: "" },
        { ...SAMPLE_DEREGISTERED, expiryDate: "2027-03-01", expirySource: "computed" },
        {},
      ],
    });
    expect(result.ok ? [] : result.reasons).toEqual([
      expect.stringMatching(/^registrations\.0\.mark: /),
      expect.stringMatching(/^registrations\.0\.model: /),
      expect.stringMatching(/^registrations\.1\.expiryDate: a computed/),
      ...Array.from({ length: 9 }, () => expect.stringMatching(/^registrations\.2\./) as unknown),
    ]);
  });

  it("has a REGISTER_FULL message naming the same limit", () => {
    const limit = MAX_REGISTRATIONS.toLocaleString("en-US");
    expect(ERROR_CATALOGUE.REGISTER_FULL.en).toContain(limit);
    expect(ERROR_CATALOGUE.REGISTER_FULL.ja).toContain(limit);
  });
});
