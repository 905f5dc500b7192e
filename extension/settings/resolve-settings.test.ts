// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "./model/settings";
import { resolveSettings } from "./resolve-settings";

describe("resolveSettings", () => {
  it("gives the defaults when nothing is set", () => {
    const { settings, managedKeys } = resolveSettings({}, {});
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(managedKeys.size).toBe(0);
  });

  it("lets the user override defaults and the policy override the user", () => {
    const { settings, managedKeys } = resolveSettings(
      { language: "en", coexistence: "answer" },
      { language: "ja", readerName: "Reader A", linuxPlatformOverride: false },
    );
    expect(settings.language).toBe("en");
    expect(settings.coexistence).toBe("answer");
    expect(settings.readerName).toBe("Reader A");
    expect(settings.linuxPlatformOverride).toBe(false);
    expect([...managedKeys].sort()).toEqual(["coexistence", "language"]);
  });

  it("unites the allowlists of all layers without duplicates", () => {
    const { settings } = resolveSettings(
      { allowlist: ["https://example.go.jp"] },
      { allowlist: ["http://127.0.0.1:8080", "https://www.dips-reg.mlit.go.jp"] },
    );
    expect(settings.allowlist).toEqual([
      "https://www.dips-reg.mlit.go.jp",
      "http://127.0.0.1:8080",
      "https://example.go.jp",
    ]);
  });
});
