// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import type { Owner, Ua } from "./model/profiles";
import { SAMPLE_PROFILE_SET } from "./model/profiles-sample";
import { buildPlanEntries } from "../prefill/build-plan";
import { getPath } from "./ui/form-fields";
import { CORPORATION_PREFILL_KEYS, INDIVIDUAL_PREFILL_KEYS, UA_PREFILL_KEYS, USER_PREFILL_KEYS } from "./prefill-keys";

const [individual, corporation] = SAMPLE_PROFILE_SET.owners;
const [sampleUa] = SAMPLE_PROFILE_SET.uas;
const address = { postalCode: "100-0001", prefecture: "東京都", city: "千代田区", line1: "千代田1-1", line2: "2階" };

/** Every optional field filled, so that the plan has no reason to leave a key out. */
const fullIndividual = {
  ...individual,
  address,
  user: {
    sameAsOwner: false,
    person: { name: "山田 花子", reading: "ヤマダ ハナコ", address, phone: "0312345678", email: "a@example.jp" },
  },
} as Owner;
const fullCorporation = { ...corporation, address } as Owner;
const fullUa = {
  ...sampleUa,
  remoteId: { type: "2", manufacturer: "Maker", model: "RID-1", serialNumber: "RID123" },
  altered: true,
  alterationDetails: "propeller guard",
} as Ua;

/** The plan's keys for one part of the form. */
const planKeys = (owner: Owner, part: string): string[] =>
  buildPlanEntries(owner, [fullUa])
    .filter((entry) => entry.scope.part === part)
    .map((entry) => entry.key);

const named = (table: Readonly<Record<string, string | null>>): string[] =>
  Object.values(table).filter((key): key is string => key !== null);

describe("profile fields reach the prefill plan", () => {
  it("the samples are complete: every field of the records has a value in them", () => {
    for (const [object, table] of [
      [fullIndividual, INDIVIDUAL_PREFILL_KEYS],
      [fullCorporation, CORPORATION_PREFILL_KEYS],
      [fullUa, UA_PREFILL_KEYS],
    ] as const) {
      for (const path of Object.keys(table)) expect(getPath(object, path), path).not.toBe("");
    }
  });

  it("fills every prefill key that an owner's, a user's and a UA's fields name", () => {
    expect(planKeys(fullIndividual, "owner")).toEqual(expect.arrayContaining(named(INDIVIDUAL_PREFILL_KEYS)));
    expect(planKeys(fullCorporation, "owner")).toEqual(expect.arrayContaining(named(CORPORATION_PREFILL_KEYS)));
    expect(planKeys(fullIndividual, "user")).toEqual(expect.arrayContaining(named(USER_PREFILL_KEYS)));
    expect(planKeys(fullIndividual, "ua")).toEqual(expect.arrayContaining(named(UA_PREFILL_KEYS)));
  });
});
