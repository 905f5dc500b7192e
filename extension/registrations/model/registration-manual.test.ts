// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { manualRegistration, putRegistration } from "./registration-manual";
import { EMPTY_REGISTER } from "./registrations";
import { SAMPLE_DEREGISTERED, SAMPLE_REGISTRATION } from "./registrations-sample";

const NOW = "2026-12-06T10:00:00.000Z";
const input = {
  mark: " ｊｕ1a2b3c4d5e ",
  manufacturer: "見本航空",
  model: "MH-4",
  serialNumber: "SN-1",
  uaProfileId: null,
  registrationDate: "2024-02-29",
  expiryDate: "",
};

describe("a registration typed by the user", () => {
  it("folds the mark and computes the expiry when left empty", () => {
    expect(manualRegistration(input, NOW)).toEqual({
      ok: true,
      entry: {
        ...input,
        mark: "JU1A2B3C4D5E",
        ownerProfileId: null,
        expiryDate: "2027-02-28",
        expirySource: "computed",
        deregistered: false,
        capturedAt: NOW,
        updatedAt: NOW,
      },
    });
  });

  it("keeps a given expiry, and what the form does not show when editing", () => {
    const edited = manualRegistration(
      { ...input, expiryDate: "2027-03-31", uaProfileId: "ua-mavic" },
      NOW,
      SAMPLE_DEREGISTERED,
    );
    expect(edited).toMatchObject({
      ok: true,
      entry: { expiryDate: "2027-03-31", expirySource: "page", uaProfileId: "ua-mavic", deregistered: true },
    });
    expect(edited.ok && edited.entry.capturedAt).toBe(SAMPLE_DEREGISTERED.capturedAt);
  });

  it("gives the reasons for a bad mark, date or missing UA text", () => {
    const refused = manualRegistration({ ...input, mark: "JU12", registrationDate: "2024-02-30", model: " " }, NOW);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reasons.map((reason) => reason.split(":")[0])).toEqual(
      expect.arrayContaining(["mark", "model", "registrationDate"]),
    );
    const backwards = manualRegistration({ ...input, expiryDate: "2020-01-01" }, NOW);
    expect(!backwards.ok && backwards.reasons).toEqual(["expiryDate: expiry date must be after the registration date"]);
  });

  it("adds, replaces the edited entry in place (its mark may change), and refuses a mark another entry holds", () => {
    const register = { ...EMPTY_REGISTER, registrations: [SAMPLE_REGISTRATION, SAMPLE_DEREGISTERED] };
    const entry = { ...SAMPLE_DEREGISTERED, mark: "JU000000000Z" };
    const added = putRegistration(register, entry, null);
    expect(added.ok && added.register.registrations.map((r) => r.mark)).toEqual([
      SAMPLE_REGISTRATION.mark,
      SAMPLE_DEREGISTERED.mark,
      "JU000000000Z",
    ]);
    const renamed = putRegistration(register, entry, SAMPLE_REGISTRATION.mark);
    expect(renamed.ok && renamed.register.registrations.map((r) => r.mark)).toEqual([
      "JU000000000Z",
      SAMPLE_DEREGISTERED.mark,
    ]);
    expect(putRegistration(register, { ...entry, mark: SAMPLE_DEREGISTERED.mark }, SAMPLE_REGISTRATION.mark)).toEqual({
      ok: false,
      reasons: [`mark: ${SAMPLE_DEREGISTERED.mark} is already in the register`],
    });
  });
});
