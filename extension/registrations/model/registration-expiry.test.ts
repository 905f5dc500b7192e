// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import {
  addDays,
  computedExpiry,
  dateInJapan,
  daysLeft,
  registrationStatus,
  renewalWindowOpens,
} from "./registration-expiry";

describe("computedExpiry", () => {
  it.each([
    ["2022-06-20", "2025-06-19", "the issue's example: the registration day counts as the first day"],
    ["2024-02-29", "2027-02-28", "29 February with no 29 February in the last year: the end of February"],
    ["2024-02-28", "2027-02-27", "the day before a leap day"],
    ["2024-03-01", "2027-02-28", "the day after a leap day, into a common February"],
    ["2025-03-01", "2028-02-29", "1 March into a leap February"],
    ["2025-02-28", "2028-02-27", "28 February into a leap year"],
    ["2096-02-29", "2099-02-28", "a leap day late in a century"],
    ["2097-03-01", "2100-02-28", "2100 is not a leap year"],
    ["2397-03-01", "2400-02-29", "2400 is"],
    ["2023-01-01", "2025-12-31", "1 January: the year end before"],
    ["2022-12-31", "2025-12-30", "31 December"],
    ["2022-03-31", "2025-03-30", "a 31-day month end"],
    ["2022-04-30", "2025-04-29", "a 30-day month end"],
    ["2022-05-01", "2025-04-30", "a month start: the end of the month before"],
  ])("%s → %s (%s)", (registered, expiry) => {
    expect(computedExpiry(registered)).toBe(expiry);
  });

  it("refuses what is not a calendar date", () => {
    for (const bad of ["2023-02-29", "2022-13-01", "2022-04-31", "2022-6-20", "20220620", "", "2022-06-20T00:00"])
      expect(() => computedExpiry(bad), bad).toThrow(RangeError);
  });

  it("does not read years before 100 as 1900s", () => {
    expect(computedExpiry("0021-06-20")).toBe("0024-06-19");
  });
});

describe("addDays", () => {
  it("crosses month, year and leap-day boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2024-01-01", 366)).toBe("2025-01-01");
  });

  it("refuses fractional days", () => {
    expect(() => addDays("2024-01-01", 0.5)).toThrow(RangeError);
  });
});

describe("renewalWindowOpens and daysLeft", () => {
  it("opens the window leadDays before the expiry, where daysLeft is leadDays", () => {
    expect(renewalWindowOpens("2025-06-19", 30)).toBe("2025-05-20");
    expect(daysLeft("2025-06-19", "2025-05-20")).toBe(30);
    expect(renewalWindowOpens("2027-02-28", 30)).toBe("2027-01-29");
    expect(renewalWindowOpens("2028-03-15", 30)).toBe("2028-02-14");
    expect(renewalWindowOpens("2026-01-10", 60)).toBe("2025-11-11");
    expect(renewalWindowOpens("2025-06-19", 0)).toBe("2025-06-19");
  });

  it("counts 0 on the expiry day and negative after it, across leap days and year ends", () => {
    expect(daysLeft("2025-06-19", "2025-06-19")).toBe(0);
    expect(daysLeft("2025-06-19", "2025-06-20")).toBe(-1);
    expect(daysLeft("2024-03-01", "2024-02-28")).toBe(2);
    expect(daysLeft("2025-01-02", "2024-12-31")).toBe(2);
    expect(daysLeft("2027-02-28", "2024-02-29")).toBe(1095);
  });

  it("refuses negative or fractional leads", () => {
    expect(() => renewalWindowOpens("2025-06-19", -1)).toThrow(RangeError);
    expect(() => renewalWindowOpens("2025-06-19", 1.5)).toThrow(RangeError);
  });
});

describe("registrationStatus", () => {
  const entry = { expiryDate: "2025-06-19", deregistered: false };
  it.each([
    ["2025-05-19", "valid", "the day before the window opens"],
    ["2025-05-20", "renewal-open", "the day it opens"],
    ["2025-06-19", "renewal-open", "the expiry day itself"],
    ["2025-06-20", "expired", "the day after"],
    ["2022-06-20", "valid", "the registration day"],
  ])("on %s: %s (%s)", (today, status) => {
    expect(registrationStatus(entry, today, 30)).toBe(status);
  });

  it("follows the lead days", () => {
    expect(registrationStatus(entry, "2025-06-12", 7)).toBe("renewal-open");
    expect(registrationStatus(entry, "2025-06-11", 7)).toBe("valid");
    expect(registrationStatus(entry, "2025-04-20", 60)).toBe("renewal-open");
  });

  it("says deregistered whatever the dates", () => {
    expect(registrationStatus({ ...entry, deregistered: true }, "2023-01-01", 30)).toBe("deregistered");
    expect(registrationStatus({ ...entry, deregistered: true }, "2030-01-01", 30)).toBe("deregistered");
  });
});

describe("dateInJapan", () => {
  it("is the date at UTC+9, whatever the computer's time zone", () => {
    expect(dateInJapan(new Date("2025-06-19T14:59:59.999Z"))).toBe("2025-06-19");
    expect(dateInJapan(new Date("2025-06-19T15:00:00Z"))).toBe("2025-06-20");
    expect(dateInJapan(new Date("2024-12-31T15:00:00Z"))).toBe("2025-01-01");
    expect(dateInJapan(new Date("2024-02-28T15:00:00Z"))).toBe("2024-02-29");
  });

  it("refuses an invalid date", () => {
    expect(() => dateInJapan(new Date("nope"))).toThrow(RangeError);
  });
});
