// SPDX-License-Identifier: MIT
// @vitest-environment happy-dom
// The register's capture reader (extension/content/registration-reader.ts) on the pages this site renders.
import { describe, expect, it } from "vitest";
import type { Application } from "../flow/application";
import { completionPage } from "./completion-page";
import { statusPage } from "./status-page";
import { SAMPLE_DATA } from "../testing/sample-data";
import { readCompletionPage, readShownDate, readStatusTables } from "../../../extension/content/registration-reader";

const MARKS = ["JU1A2B3C4D5E", "JU9Z8Y7X6W5V"];

function application(overrides: Partial<Application>): Application {
  return {
    id: "A20260101000001",
    sessionId: "s",
    lang: "ja",
    createdAt: new Date("2026-06-20T01:00:00Z"),
    entered: SAMPLE_DATA,
    data: SAMPLE_DATA,
    state: "completed",
    emailToken: null,
    lastSeenMs: 0,
    replacedFacts: [],
    signer: null,
    registrationNumbers: MARKS,
    feeYen: 1790,
    // 2026-06-20 09:30 in Japan.
    completedAt: new Date("2026-06-20T00:30:00Z"),
    discardReason: null,
    ...overrides,
  };
}

const show = (page: string) => {
  document.documentElement.innerHTML = page.replace(/^<!doctype html>/i, "");
};

describe("the register's page reader, on the practice site's pages", () => {
  it("reads each UA's mark, manufacturer, model and serial number from the completion page, and no dates", () => {
    show(completionPage("ja", application({})));
    expect(readCompletionPage(document)).toEqual([
      { mark: MARKS[0], manufacturer: "見本航空", model: "MH-1", serialNumber: "SN-0001" },
      { mark: MARKS[1], manufacturer: "自作", model: "HB-2", serialNumber: "SN-0002" },
    ]);
    expect(readStatusTables(document)).toEqual([]);
  });

  for (const lang of ["ja", "en"] as const) {
    it(`reads the status table's rows with their dates and application id (${lang})`, () => {
      const pending = application({ id: "A2", state: "sign", registrationNumbers: [], completedAt: null });
      show(statusPage(lang, [application({ lang }), pending]));
      expect(readStatusTables(document)).toEqual([
        {
          mark: MARKS[0],
          manufacturer: "見本航空",
          model: "MH-1",
          serialNumber: "SN-0001",
          applicationId: "A20260101000001",
          registrationDate: "2026-06-20",
          expiryDate: "2029-06-19",
        },
        expect.objectContaining({ mark: MARKS[1], serialNumber: "SN-0002", expiryDate: "2029-06-19" }),
      ]);
      expect(readCompletionPage(document)).toEqual([]);
    });
  }

  it("finds nothing on other pages", () => {
    document.body.innerHTML =
      "<table><tr><th>登録記号</th></tr><tr><td>JU1A2B3C4D5E</td></tr></table><p>JU9Z8Y7X6W5V</p>";
    expect(readStatusTables(document)).toEqual([]);
    expect(readCompletionPage(document)).toEqual([]);
  });

  it("reads dates as the site writes them", () => {
    expect(readShownDate("2029/06/19")).toBe("2029-06-19");
    expect(readShownDate("2029年6月9日")).toBe("2029-06-09");
    expect(readShownDate("2029-06-19")).toBe("2029-06-19");
    expect(readShownDate("19/06/2029")).toBeUndefined();
  });
});
