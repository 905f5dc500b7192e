// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { EMPTY_PROFILE_SET } from "./model/profiles";
import { SAMPLE_PROFILE_SET } from "./model/profiles-sample";
import { exportProfilesJson, importProfilesJson } from "./json-transfer";

describe("JSON import/export", () => {
  it("round-trips every field", () => {
    const text = exportProfilesJson(SAMPLE_PROFILE_SET);
    expect(importProfilesJson(text, EMPTY_PROFILE_SET)).toEqual({ ok: true, set: SAMPLE_PROFILE_SET });
  });

  it("merges by id: same id replaces, new ids are added", () => {
    const [taro] = SAMPLE_PROFILE_SET.owners;
    const file = { version: 1, owners: [{ ...taro, phone: "03-0000-0000" }], uas: [] };
    const result = importProfilesJson(JSON.stringify(file), SAMPLE_PROFILE_SET);
    expect(result.ok && result.set.owners.map((o) => [o.id, o.phone])).toEqual([
      ["owner-taro", "03-0000-0000"],
      ["owner-sora", "06-1234-5678"],
    ]);
  });

  it("rejects malformed files with reasons", () => {
    expect(importProfilesJson("{ not json", SAMPLE_PROFILE_SET)).toMatchObject({ ok: false });
    const badEmail = { ...SAMPLE_PROFILE_SET, owners: [{ ...SAMPLE_PROFILE_SET.owners[0], email: "nope" }] };
    expect(importProfilesJson(JSON.stringify(badEmail), SAMPLE_PROFILE_SET)).toEqual({
      ok: false,
      reasons: [expect.stringMatching(/^owners\.0\.email: /)],
    });
  });
});
