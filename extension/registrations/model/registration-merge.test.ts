// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import {
  exportRegisterJson,
  importRegisterJson,
  MAX_REGISTER_JSON_CHARS,
  mergeRegister,
  type RegisterMerge,
} from "./registration-merge";
import { EMPTY_REGISTER, MAX_REGISTRATIONS, RegisterSchema, type Register, type Registration } from "./registrations";
import { SAMPLE_DEREGISTERED, SAMPLE_REGISTRATION } from "./registrations-sample";

const register = (...registrations: Registration[]): Register => ({ version: 1, registrations });
const numbered = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => ({
    ...SAMPLE_REGISTRATION,
    mark: `JU${String(from + i).padStart(10, "0")}`,
  }));

function merged(result: RegisterMerge): Extract<RegisterMerge, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${result.code} ${result.reasons.join("; ")}`);
  expect(RegisterSchema.safeParse(result.register).success).toBe(true);
  return result;
}

describe("mergeRegister", () => {
  it("adds what is new, after the saved entries, in the file's order", () => {
    const result = merged(mergeRegister(register(SAMPLE_REGISTRATION), register(SAMPLE_DEREGISTERED)));
    expect(result.register.registrations.map((entry) => entry.mark)).toEqual([
      SAMPLE_REGISTRATION.mark,
      SAMPLE_DEREGISTERED.mark,
    ]);
    expect(result).toMatchObject({ added: 1, replaced: 0, unchanged: 0 });
  });

  it("replaces a saved entry only with a copy updated later", () => {
    const later = { ...SAMPLE_REGISTRATION, deregistered: true, updatedAt: "2023-01-01T00:00:00Z" };
    const earlier = { ...SAMPLE_REGISTRATION, model: "old", updatedAt: "2022-06-20T03:04:05.678Z" };
    const saved = register({ ...SAMPLE_REGISTRATION, updatedAt: "2022-12-31T23:59:59.999Z" });

    const replaced = merged(mergeRegister(saved, register(later)));
    expect(replaced.register.registrations).toEqual([later]);
    expect(replaced).toMatchObject({ added: 0, replaced: 1, unchanged: 0 });

    const kept = merged(mergeRegister(saved, register(earlier)));
    expect(kept.register).toEqual(saved);
    expect(kept).toMatchObject({ added: 0, replaced: 0, unchanged: 1 });
  });

  it("keeps the saved entry when both changed at the same instant, however it is written", () => {
    const saved = register({ ...SAMPLE_REGISTRATION, updatedAt: "2023-01-01T00:00:00Z" });
    const same = { ...SAMPLE_REGISTRATION, model: "imported", updatedAt: "2023-01-01T00:00:00.000Z" };
    expect(merged(mergeRegister(saved, register(same))).register).toEqual(saved);
  });

  it("never duplicates a mark, and importing the same file twice changes nothing", () => {
    const file = register(SAMPLE_REGISTRATION, SAMPLE_DEREGISTERED);
    const once = merged(mergeRegister(EMPTY_REGISTER, file));
    const twice = merged(mergeRegister(once.register, file));
    expect(twice.register).toEqual(once.register);
    expect(twice).toMatchObject({ added: 0, replaced: 0, unchanged: 2 });
  });

  it("refuses an invalid file whole, with reasons by path, and leaves the register as it was", () => {
    const saved = register(SAMPLE_REGISTRATION);
    const before = structuredClone(saved);
    const file = { version: 1, registrations: [SAMPLE_DEREGISTERED, { ...SAMPLE_REGISTRATION, mark: "XX1" }] };
    expect(mergeRegister(saved, file)).toEqual({
      ok: false,
      code: "REGISTER_IMPORT_INVALID",
      reasons: [expect.stringMatching(/^registrations\.1\.mark: /)],
    });
    expect(saved).toEqual(before);
  });

  it("refuses a file with a mark twice, another version, or no register at all", () => {
    const twice = register(SAMPLE_REGISTRATION, { ...SAMPLE_REGISTRATION, model: "again" });
    for (const file of [twice, { version: 2, registrations: [] }, [SAMPLE_REGISTRATION], "register", null])
      expect(mergeRegister(EMPTY_REGISTER, file)).toMatchObject({ ok: false, code: "REGISTER_IMPORT_INVALID" });
  });

  it("refuses a file of more than MAX_REGISTRATIONS entries as full", () => {
    const file = register(...numbered(MAX_REGISTRATIONS + 1));
    expect(mergeRegister(EMPTY_REGISTER, file)).toEqual({
      ok: false,
      code: "REGISTER_FULL",
      reasons: [`registrations: the file holds 5001 registrations; the register holds at most 5000`],
    });
  });

  it("refuses an import that would take the register past MAX_REGISTRATIONS, and takes one that fills it", () => {
    const saved = register(...numbered(MAX_REGISTRATIONS - 1));
    const twoNew = register(...numbered(2, MAX_REGISTRATIONS - 1));
    expect(mergeRegister(saved, twoNew)).toEqual({
      ok: false,
      code: "REGISTER_FULL",
      reasons: ["(file): its 2 new registrations and the 4999 saved ones are more than 5000"],
    });
    const oneNewOneLater = register(...numbered(1, MAX_REGISTRATIONS - 1), {
      ...saved.registrations[0]!,
      updatedAt: "2024-01-01T00:00:00Z",
    });
    const full = merged(mergeRegister(saved, oneNewOneLater));
    expect(full.register.registrations).toHaveLength(MAX_REGISTRATIONS);
    expect(full).toMatchObject({ added: 1, replaced: 1, unchanged: 0 });
  });
});

describe("JSON export and import", () => {
  it("gives the same register when an export is imported into an empty one", () => {
    const saved = register(SAMPLE_REGISTRATION, SAMPLE_DEREGISTERED);
    const text = exportRegisterJson(saved);
    expect(text.endsWith("}\n")).toBe(true);
    expect(merged(importRegisterJson(EMPTY_REGISTER, text)).register).toEqual(saved);
  });

  it("refuses text that is not JSON, or too large, before reading it", () => {
    expect(importRegisterJson(EMPTY_REGISTER, "{ version: 1")).toEqual({
      ok: false,
      code: "REGISTER_IMPORT_INVALID",
      reasons: [expect.stringMatching(/^\(file\): not JSON/)],
    });
    expect(importRegisterJson(EMPTY_REGISTER, " ".repeat(MAX_REGISTER_JSON_CHARS + 1))).toEqual({
      ok: false,
      code: "REGISTER_IMPORT_INVALID",
      reasons: [`(file): larger than ${MAX_REGISTER_JSON_CHARS} characters`],
    });
  });

  it("fits a full register's export under the size limit", () => {
    const full = register(...numbered(MAX_REGISTRATIONS));
    expect(exportRegisterJson(full).length).toBeLessThan(MAX_REGISTER_JSON_CHARS / 2);
  });
});
