// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { expiredValidity, fifthBirthdayAfter } from "./certificate-validity";
import { certificateBirthDate, eraCodeOf } from "./japanese-era";

describe("JPKI dates", () => {
  it("ends a certificate on the 5th birthday after issue", () => {
    expect(fifthBirthdayAfter("1990-04-01", new Date("2026-03-31T00:00:00Z")).toISOString()).toBe(
      "2030-04-01T00:00:00.000Z",
    );
    expect(fifthBirthdayAfter("1990-04-01", new Date("2026-04-02T00:00:00Z")).toISOString()).toBe(
      "2031-04-01T00:00:00.000Z",
    );
  });

  it("makes the expired variant lapse before now", () => {
    const now = new Date("2026-11-29T00:00:00Z");
    for (const birthDate of ["1990-04-01", "1980-12-31", "2000-02-29"]) {
      const validity = expiredValidity(birthDate, now);
      expect(validity.notAfter.getTime()).toBeLessThan(now.getTime());
      expect(validity.notBefore.getTime()).toBeLessThan(validity.notAfter.getTime());
    }
  });

  it("codes the era of the birth date", () => {
    expect(certificateBirthDate("1990-04-01")).toBe("419900401");
    expect(eraCodeOf("1989-01-07")).toBe("3");
    expect(eraCodeOf("1989-01-08")).toBe("4");
    expect(eraCodeOf("2019-05-01")).toBe("5");
    expect(eraCodeOf("1912-07-30")).toBe("2");
    expect(eraCodeOf("1900-01-01")).toBe("1");
  });
});
