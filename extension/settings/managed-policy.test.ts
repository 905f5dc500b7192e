// SPDX-License-Identifier: MIT
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { EMPTY_PROFILE_SET } from "../profiles/model/profiles";
import { isPolicyProfileId, mergeManagedProfiles, parseManagedPolicy } from "./managed-policy";
import { resolveSettings } from "./resolve-settings";

const EXAMPLE = resolve(import.meta.dirname, "../../release/platform/policies/managed-values.example.json");
const example = JSON.parse(readFileSync(EXAMPLE, "utf8")) as Record<string, unknown>;

describe("parseManagedPolicy", () => {
  it("accepts every key of the example policy the admin guide documents", () => {
    const policy = parseManagedPolicy(example);
    expect(policy.rejectedKeys).toEqual([]);
    expect(policy.exportDisabled).toBe(true);
    expect(policy.passphraseLockRequired).toBe(true);
    expect(policy.adminNote).toBe("情報システム部 ヘルプデスク 内線 1234");
    expect(policy.settings.allowlist).toEqual(["https://drone.example.co.jp"]);
    expect(policy.settings.coexistence).toBe("answer");
    expect(policy.profiles.owners.map((owner) => owner.id)).toEqual(["soradrone"]);
    expect(policy.profiles.uas.map((ua) => ua.serialNumber)).toEqual(["1ZNBJ7R00C00A1"]);
  });

  it("drops only the invalid keys and reports them", () => {
    const policy = parseManagedPolicy({
      allowlist: ["ftp://example.com"],
      coexistence: "answer",
      exportDisabled: "yes",
      unknownKey: 1,
    });
    expect(policy.settings).toEqual({ coexistence: "answer" });
    expect(policy.exportDisabled).toBe(false);
    expect([...policy.rejectedKeys].sort()).toEqual(["allowlist", "exportDisabled"]);
  });

  it("gives policy profiles without ids one from their position", () => {
    const profiles = example.profiles as { owners: Record<string, unknown>[]; uas: Record<string, unknown>[] };
    const withoutIds = {
      owners: profiles.owners.map(({ id: _id, ...rest }) => rest),
      uas: profiles.uas.map(({ id: _id, ...rest }) => rest),
    };
    const policy = parseManagedPolicy({ profiles: withoutIds });
    expect(policy.profiles.owners.map((owner) => owner.id)).toEqual(["owner-1"]);
    expect(policy.profiles.uas.map((ua) => ua.id)).toEqual(["ua-1"]);
  });

  it("treats a non-object as no policy", () => {
    expect(parseManagedPolicy(undefined).settings).toEqual({});
    expect(parseManagedPolicy("x").rejectedKeys).toEqual([]);
  });
});

describe("managed > user > default", () => {
  it("lets a policy value win over the user's and lock that key", () => {
    const policy = parseManagedPolicy({ coexistence: "answer", diagnosticsLogging: true });
    const { settings, managedKeys } = resolveSettings(policy.settings, {
      coexistence: "step-aside",
      language: "en",
    });
    expect(settings.coexistence).toBe("answer");
    expect(settings.diagnosticsLogging).toBe(true);
    expect(settings.language).toBe("en");
    expect([...managedKeys].sort()).toEqual(["coexistence", "diagnosticsLogging"]);
  });
});

describe("mergeManagedProfiles", () => {
  it("puts the policy's profiles first, marked read-only, and keeps the user's", () => {
    const policy = parseManagedPolicy(example);
    const user = { ...EMPTY_PROFILE_SET, owners: [{ ...policy.profiles.owners[0]!, id: "mine" }] };
    const merged = mergeManagedProfiles(user, policy.profiles);
    expect(merged.owners.map((owner) => owner.id)).toEqual(["policy-soradrone", "mine"]);
    expect(merged.owners.map((owner) => isPolicyProfileId(owner.id))).toEqual([true, false]);
    expect(merged.uas.map((ua) => ua.id)).toEqual(["policy-fleet-01"]);
  });
});
