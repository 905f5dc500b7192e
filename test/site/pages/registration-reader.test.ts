// SPDX-License-Identifier: MIT
// @vitest-environment happy-dom
// The register's page reader (extension/content/registration-reader.ts) on the pages this site renders: nothing at
// completion (no mark is issued before the fee is paid), every paid UA on the status page and the list page.
import { describe, expect, it } from "vitest";
import type { Application } from "../flow/application";
import { completionPage } from "./completion-page";
import { registeredUasPage } from "./registered-uas-page";
import { statusPage } from "./status-page";
import { SAMPLE_DATA } from "../testing/sample-data";
import { readRegistrations } from "../../../extension/content/registration-reader";

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
    completedAt: new Date("2026-06-20T00:30:00Z"),
    paymentToken: null,
    // 2026-06-22 09:30 in Japan.
    paidAt: new Date("2026-06-22T00:30:00Z"),
    discardReason: null,
    ...overrides,
  };
}

const unpaid = () => application({ registrationNumbers: [], paidAt: null, paymentToken: "t" });

const show = (page: string) => {
  document.documentElement.innerHTML = page.replace(/^<!doctype html>/i, "");
};

describe("the register's page reader, on the practice site's pages", () => {
  it("finds no mark on the completion page, paid or not", () => {
    show(completionPage("ja", unpaid()));
    expect(readRegistrations(document)).toEqual([]);
    show(completionPage("ja", application({})));
    expect(readRegistrations(document)).toEqual([]);
  });

  for (const lang of ["ja", "en"] as const) {
    it(`reads the paid UAs of the status page with their dates and application id, none unpaid (${lang})`, () => {
      const pending = application({
        id: "A2",
        state: "sign",
        registrationNumbers: [],
        completedAt: null,
        paidAt: null,
      });
      show(statusPage(lang, [application({ lang }), pending, unpaid()]));
      expect(readRegistrations(document)).toEqual([
        {
          mark: MARKS[0],
          manufacturer: "見本航空",
          model: "MH-1",
          serialNumber: "SN-0001",
          applicationId: "A20260101000001",
          registrationDate: "2026-06-22",
          expiryDate: "2029-06-21",
        },
        expect.objectContaining({ mark: MARKS[1], serialNumber: "SN-0002", expiryDate: "2029-06-21" }),
      ]);
    });

    it(`reads the list of registered UAs (${lang})`, () => {
      show(registeredUasPage(lang, [application({ lang }), unpaid()]));
      expect(readRegistrations(document)).toEqual([
        {
          mark: MARKS[0],
          manufacturer: "見本航空",
          model: "MH-1",
          serialNumber: "SN-0001",
          registrationDate: "2026-06-22",
          expiryDate: "2029-06-21",
        },
        expect.objectContaining({ mark: MARKS[1], serialNumber: "SN-0002", registrationDate: "2026-06-22" }),
      ]);
    });
  }
});
