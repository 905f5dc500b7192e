// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { entriesFromSeen, type CaptureContext } from "./capture-entries";

const context: CaptureContext = {
  now: "2024-02-29T01:02:03.000Z",
  uas: [{ id: "ua-multicopter", serialNumber: "MH4-000123" }],
};
const shown = { mark: "JU1A2B3C4D5E", manufacturer: "見本航空", model: "MH-4", serialNumber: "mh4-000123" };

describe("entriesFromSeen", () => {
  it("computes the expiry from a listed registration date when the page shows none, marked as computed", () => {
    const [entry] = entriesFromSeen(
      { type: "registrations-seen", page: "list", registrations: [{ ...shown, registrationDate: "2024-02-29" }] },
      context,
    );
    expect(entry).toMatchObject({
      registrationDate: "2024-02-29",
      expiryDate: "2027-02-28",
      expirySource: "computed",
      ownerProfileId: null,
      uaProfileId: "ua-multicopter",
      capturedAt: context.now,
    });
    expect(entry).not.toHaveProperty("applicationId");
  });

  it("keeps the status page's dates and application id, and an unmatched UA as unmatched", () => {
    const row = {
      ...shown,
      serialNumber: "OTHER-1",
      applicationId: "A1",
      registrationDate: "2022-06-20",
      expiryDate: "2025-06-19",
    };
    const [entry] = entriesFromSeen({ type: "registrations-seen", page: "status", registrations: [row] }, context);
    expect(entry).toMatchObject({
      registrationDate: "2022-06-20",
      expiryDate: "2025-06-19",
      expirySource: "page",
      applicationId: "A1",
      ownerProfileId: null,
      uaProfileId: null,
    });
  });

  it("invents no registration date for a status row that shows none, and drops impossible dates", () => {
    const rows = [shown, { ...shown, mark: "JU000000000X", registrationDate: "2025-01-01", expiryDate: "2024-01-01" }];
    expect(entriesFromSeen({ type: "registrations-seen", page: "status", registrations: rows }, context)).toEqual([]);
  });
});
