// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { parseStartOptions } from "./options";

describe("npm start options", () => {
  it("defaults to Chromium, the emulated card, Japanese, and headless without a display", () => {
    expect(parseStartOptions([], {})).toMatchObject({
      browser: "chromium",
      card: "emulator",
      lang: "ja",
      headless: true,
      mismatch: false,
      fromCard: false,
      build: true,
    });
  });

  it("goes headful when a display exists, unless told otherwise", () => {
    expect(parseStartOptions([], { DISPLAY: ":0" }).headless).toBe(false);
    expect(parseStartOptions(["--headless"], { DISPLAY: ":0" }).headless).toBe(true);
    expect(parseStartOptions(["--headful"], {}).headless).toBe(false);
  });

  it("reads the browser, card, mismatch and CA options", () => {
    const options = parseStartOptions(
      ["--browser", "firefox", "--card", "reader", "--mismatch", "--ca", "a.pem", "--ca", "b.pem"],
      {},
    );
    expect(options).toMatchObject({ browser: "firefox", card: "reader", mismatch: true, ca: ["a.pem", "b.pem"] });
  });

  it("reads --from-card", () => {
    expect(parseStartOptions(["--from-card", "--mismatch"], {})).toMatchObject({ fromCard: true, mismatch: true });
  });

  it("refuses unknown values", () => {
    expect(() => parseStartOptions(["--browser", "safari"], {})).toThrow(/--browser must be one of/);
    expect(() => parseStartOptions(["--bogus"], {})).toThrow();
  });
});
