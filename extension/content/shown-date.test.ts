// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { readShownDate, readShownDates } from "./shown-date";

describe("dates as pages show them", () => {
  it.each([
    ["2027/02/28", "2027-02-28"],
    ["2027/2/28", "2027-02-28"],
    ["2027-02-28", "2027-02-28"],
    ["2027.2.28", "2027-02-28"],
    ["2027年2月28日", "2027-02-28"],
    ["2027年02月28日", "2027-02-28"],
    ["令和9年2月28日", "2027-02-28"],
    ["令和元年5月1日", "2019-05-01"],
    ["平成31年4月30日", "2019-04-30"],
    ["２０２７年２月２８日", "2027-02-28"],
    ["令和９年２月２８日まで", "2027-02-28"],
    [" 有効期限：2027/02/28 ", "2027-02-28"],
  ])("reads %s", (shown, iso) => {
    expect(readShownDate(shown)).toBe(iso);
  });

  it.each(["19/06/2029", "2027/02/30", "令和9年13月1日", "2027年2月", "", "JU1A2B3C4D5E"])("refuses %j", (shown) => {
    expect(readShownDate(shown)).toBeUndefined();
  });

  it("reads both ends of a period in order, mixed forms included", () => {
    expect(readShownDates("令和6年3月1日～2027/02/28")).toEqual(["2024-03-01", "2027-02-28"]);
  });
});
