// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { SAMPLE_DEREGISTERED, SAMPLE_REGISTRATION } from "./model/registrations-sample";
import { dueForRenewal, hadRemoteIdExemption, toNotifyToday } from "./renewal-due";

const later = { ...SAMPLE_REGISTRATION, mark: "JU0000000002", expiryDate: "2025-06-30" };
const register = { version: 1 as const, registrations: [later, SAMPLE_REGISTRATION, SAMPLE_DEREGISTERED] };

describe("renewal reminders", () => {
  it("lists registrations in their window soonest first, from the lead day to the expiry day", () => {
    expect(dueForRenewal(register, "2025-05-19", 30)).toEqual([]);
    expect(dueForRenewal(register, "2025-05-20", 30).map((r) => r.mark)).toEqual([SAMPLE_REGISTRATION.mark]);
    expect(dueForRenewal(register, "2025-06-19", 30).map((r) => r.mark)).toEqual([
      SAMPLE_REGISTRATION.mark,
      later.mark,
    ]);
    expect(dueForRenewal(register, "2025-06-20", 30).map((r) => r.mark)).toEqual([later.mark]);
    expect(dueForRenewal(register, "2025-06-12", 7).map((r) => r.mark)).toEqual([SAMPLE_REGISTRATION.mark]);
  });

  it("never reminds of a deregistered registration", () => {
    const deregistered = { ...SAMPLE_DEREGISTERED, expiryDate: "2027-02-28" };
    expect(dueForRenewal({ version: 1, registrations: [deregistered] }, "2027-02-20", 30)).toEqual([]);
  });

  it("notifies each registration at most once a day", () => {
    const due = dueForRenewal(register, "2025-06-19", 30);
    const log = new Map([[SAMPLE_REGISTRATION.mark, "2025-06-19"]]);
    expect(toNotifyToday(due, "2025-06-19", (mark) => log.get(mark)).map((r) => r.mark)).toEqual([later.mark]);
    expect(toNotifyToday(due, "2025-06-20", (mark) => log.get(mark))).toHaveLength(2);
  });

  it("knows which lapses also cost the Remote ID exemption (registered before 2022-06-20)", () => {
    expect(hadRemoteIdExemption({ ...SAMPLE_REGISTRATION, registrationDate: "2022-06-19" })).toBe(true);
    expect(hadRemoteIdExemption(SAMPLE_REGISTRATION)).toBe(false);
  });
});
