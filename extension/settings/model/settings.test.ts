// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import {
  AllowedOriginSchema,
  DEFAULT_SETTINGS,
  PartialSettingsSchema,
  SettingsSchema,
  normalizeOrigin,
  originMatchPattern,
} from "./settings";

describe("settings", () => {
  it("defaults parse and allow DIPS-REG only", () => {
    expect(SettingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.allowlist).toEqual(["https://www.dips-reg.mlit.go.jp"]);
  });

  it("accepts https origins and loopback http only", () => {
    expect(normalizeOrigin("https://WWW.dips-reg.mlit.go.jp/path?q")).toBe("https://www.dips-reg.mlit.go.jp");
    expect(normalizeOrigin("http://127.0.0.1:8123/x")).toBe("http://127.0.0.1:8123");
    expect(normalizeOrigin("http://example.com")).toBeNull();
    expect(normalizeOrigin("file:///etc/passwd")).toBeNull();
    expect(normalizeOrigin("not a url")).toBeNull();
    expect(AllowedOriginSchema.safeParse("https://example.go.jp/").success).toBe(false);
    expect(AllowedOriginSchema.safeParse("https://example.go.jp").success).toBe(true);
  });

  it("makes port-free match patterns", () => {
    expect(originMatchPattern("http://127.0.0.1:8123")).toBe("http://127.0.0.1/*");
    expect(originMatchPattern("https://www.dips-reg.mlit.go.jp")).toBe("https://www.dips-reg.mlit.go.jp/*");
  });

  it("has renewal reminders on by default, 30 days ahead, and takes a lead of 7–60 whole days only", () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ renewalReminders: true, renewalLeadDays: 30 });
    for (const days of [7, 60]) expect(PartialSettingsSchema.safeParse({ renewalLeadDays: days }).success).toBe(true);
    for (const days of [6, 61, 30.5, "30"])
      expect(PartialSettingsSchema.safeParse({ renewalLeadDays: days }).success).toBe(false);
  });
});
