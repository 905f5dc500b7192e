// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { parseManagedPolicy } from "./managed-policy";
import { parseManagedSettings } from "./managed-settings";

describe("parseManagedSettings", () => {
  const policy = {
    allowlist: ["https://drone.example.co.jp"],
    language: "klingon",
    coexistence: "answer",
    readerName: null,
    exportDisabled: true,
    adminNote: "内線 1234",
  };

  it("keeps the valid settings keys, reports the invalid ones and ignores policy-only keys", () => {
    expect(parseManagedSettings(policy)).toEqual({
      settings: { allowlist: ["https://drone.example.co.jp"], coexistence: "answer" },
      rejectedKeys: ["language"],
    });
  });

  it("gives the same settings as the whole policy parse", () => {
    expect(parseManagedSettings(policy).settings).toEqual(parseManagedPolicy(policy).settings);
  });

  it("reads nothing from a value that is not an object", () => {
    for (const raw of [undefined, null, "allowlist", 7]) {
      expect(parseManagedSettings(raw)).toEqual({ settings: {}, rejectedKeys: [] });
    }
  });
});
