// SPDX-License-Identifier: MIT
import { afterAll, describe, expect, it } from "vitest";
import { SAMPLE_REGISTRATION } from "./model/registrations-sample";
import { setLanguage } from "../i18n/translate";
import { reminderText } from "./reminder-text";

describe("reminderText", () => {
  afterAll(() => setLanguage("en"));
  const hostile = {
    ...SAMPLE_REGISTRATION,
    manufacturer: "Click here: https://evil.example/renew",
    model: "Your card is blocked, call 0120-000-000",
    serialNumber: "EVIL-SERIAL-1",
  };

  it.each(["ja", "en"] as const)("holds the mark and the date and no text the page showed (%s)", (language) => {
    setLanguage(language);
    const { title, message } = reminderText(hostile, "2025-06-01");
    const shown = `${title}\n${message}`;
    expect(shown).toContain(SAMPLE_REGISTRATION.mark);
    expect(shown).toContain(SAMPLE_REGISTRATION.expiryDate);
    expect(shown).toContain("18");
    for (const pageText of [hostile.manufacturer, hostile.model, hostile.serialNumber, "evil.example", "0120"])
      expect(shown).not.toContain(pageText);
  });
});
