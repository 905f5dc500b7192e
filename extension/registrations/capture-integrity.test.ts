// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { CompanionError } from "../../shared/errors/companion-error";
import { SAMPLE_REGISTRATION } from "./model/registrations-sample";
import type { Registration } from "./model/registrations";
import { memoryArea } from "../vault/storage-area";
import { latestPlausibleExpiry, MAX_NEW_MARKS_PER_CAPTURE, vetCapture } from "./capture-integrity";
import { RegisterStore } from "./register-store";

const TODAY = "2026-01-01";
const saved: Registration = { ...SAMPLE_REGISTRATION, expirySource: "page" }; // 2022-06-20 → 2025-06-19
const shown = (changes: Partial<Registration>): Registration => ({ ...saved, ...changes });
const marks = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => shown({ mark: `JU${String(from + i).padStart(10, "0")}` }));

describe("vetCapture", () => {
  it("takes a renewal's expiry (3 years after the saved one) and refuses 2099-12-31", () => {
    expect(latestPlausibleExpiry(shown({ expiryDate: "2028-06-19" }), saved)).toBe("2028-06-19");
    expect(vetCapture([shown({ expiryDate: "2028-06-19" })], [saved], TODAY)).toHaveLength(1);
    expect(vetCapture([shown({ expiryDate: "2028-06-20" })], [saved], TODAY)).toEqual([]);
    expect(vetCapture([shown({ expiryDate: "2099-12-31" })], [saved], TODAY)).toEqual([]);
  });

  it("bounds a new mark's expiry by its registration date", () => {
    const fresh = shown({ mark: "JU9Z9Z9Z9Z9Z", registrationDate: "2025-03-01", expiryDate: "2028-02-29" });
    expect(vetCapture([fresh], [saved], TODAY)).toEqual([fresh]);
    expect(vetCapture([{ ...fresh, expiryDate: "2099-12-31" }], [saved], TODAY)).toEqual([]);
  });

  it("refuses a registration date after today", () => {
    expect(vetCapture([shown({ registrationDate: TODAY, expiryDate: "2028-12-31" })], [], TODAY)).toHaveLength(1);
    expect(vetCapture([shown({ registrationDate: "2026-01-02", expiryDate: "2029-01-01" })], [], TODAY)).toEqual([]);
  });

  it(`refuses a page with more than ${MAX_NEW_MARKS_PER_CAPTURE} new marks as a whole; marks already saved do not count`, () => {
    expect(vetCapture(marks(MAX_NEW_MARKS_PER_CAPTURE), [], TODAY)).toHaveLength(MAX_NEW_MARKS_PER_CAPTURE);
    const flood = marks(MAX_NEW_MARKS_PER_CAPTURE + 1);
    expect(() => vetCapture(flood, [], TODAY)).toThrow(CompanionError);
    expect(() => vetCapture(flood, [], TODAY)).toThrow(/REGISTER_CAPTURE_TOO_MANY|plausibly/);
    expect(vetCapture(flood, flood.slice(0, 1), TODAY)).toHaveLength(MAX_NEW_MARKS_PER_CAPTURE + 1);
  });
});

describe("RegisterStore.record and implausible captures", () => {
  it("keeps the saved expiry when a page shows 2099-12-31, and records nothing of a flood", async () => {
    const local = memoryArea();
    const store = new RegisterStore(local, memoryArea());
    await store.record([saved], TODAY);
    expect(await store.record([shown({ expiryDate: "2099-12-31", model: "changed" })], TODAY)).toEqual({
      outcome: "saved",
      kept: 0,
    });
    expect((await store.load()).registrations).toEqual([saved]);
    await expect(store.record(marks(MAX_NEW_MARKS_PER_CAPTURE + 1, 100), TODAY)).rejects.toMatchObject({
      code: "REGISTER_CAPTURE_TOO_MANY",
    });
    expect((await store.load()).registrations).toEqual([saved]);
  });
});
