// SPDX-License-Identifier: MIT
/**
 * The register filled by hand in Chromium and Firefox, for fleets registered before the extension was installed: on
 * the options page, one registration added from a UA profile with the expiry left to be computed, one typed as free
 * text with its expiry, one edited, a bad one refused; then a CSV in the export's own columns imported and merged.
 * No card or site is needed: the test-clock build's options page and storage only.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveProfiles } from "../drivers/extension-profiles";
import { FLOW_PROFILE_SET, FLOW_UA_IDS } from "../drivers/flow-profile";
import {
  BROWSER_KINDS,
  launchExtensionBrowser,
  openOptionsPage,
  type ExtensionBrowser,
} from "./support/extension-browser";
import { storedRegister } from "./support/register-probe";
import { pollUntil } from "../support/poll-until";

/** Sets a form field's value as typing would end (an `input` event), whatever its type or script. */
async function fill(options: Page, selector: string, value: string): Promise<void> {
  await options.$eval(
    selector,
    (field, text) => {
      (field as HTMLInputElement).value = text;
      field.dispatchEvent(new Event("input", { bubbles: true }));
    },
    value,
  );
}

const row = (mark: string) => `#register-table tr[data-mark="${mark}"]`;

describe.each(BROWSER_KINDS)("adding registrations by hand and from CSV in %s", (kind) => {
  let target: ExtensionBrowser;
  let options: Page;
  beforeAll(async () => {
    target = await launchExtensionBrowser(kind, { build: "testclock" });
    await saveProfiles(target, FLOW_PROFILE_SET);
    options = await openOptionsPage(target);
    await options.waitForSelector("#register-form");
  });
  afterAll(() => target?.close());

  it("adds from a UA profile (expiry computed) and as free text (expiry given), edits one, refuses a bad mark", async () => {
    const [profileUa] = FLOW_PROFILE_SET.uas;
    await options.type("#register-form-mark", "ju1a2b3c4d5e");
    await options.select("#register-form-ua", FLOW_UA_IDS[0]);
    expect(await options.$eval("#register-form-serial", (field) => (field as HTMLInputElement).value)).toBe(
      profileUa?.serialNumber,
    );
    await fill(options, "#register-form-registered", "2022-12-05");
    await options.click("#register-form-save");
    await options.waitForSelector(row("JU1A2B3C4D5E"), { timeout: 15_000 });

    await options.type("#register-form-mark", "JU9Z8Y7X6W5V");
    await fill(options, "#register-form-manufacturer", "そらドローン");
    await fill(options, "#register-form-model", "SD-1");
    await fill(options, "#register-form-serial", "SD1-0042");
    await fill(options, "#register-form-registered", "2023-01-10");
    await fill(options, "#register-form-expires", "2026-01-31");
    await options.click("#register-form-save");
    await options.waitForSelector(row("JU9Z8Y7X6W5V"), { timeout: 15_000 });

    let register = await storedRegister(options);
    expect(register?.registrations).toEqual([
      expect.objectContaining({
        mark: "JU1A2B3C4D5E",
        manufacturer: profileUa?.manufacturer,
        model: profileUa?.model,
        serialNumber: profileUa?.serialNumber,
        uaProfileId: FLOW_UA_IDS[0],
        registrationDate: "2022-12-05",
        expiryDate: "2025-12-04",
        expirySource: "computed",
      }),
      expect.objectContaining({
        mark: "JU9Z8Y7X6W5V",
        manufacturer: "そらドローン",
        uaProfileId: null,
        expiryDate: "2026-01-31",
        expirySource: "page",
      }),
    ]);
    const capturedAt = register?.registrations[0]?.capturedAt;

    // Edit: the form is filled with the entry; a new expiry is saved in place.
    await options.click(`${row("JU1A2B3C4D5E")} .register-edit`);
    expect(await options.$eval("#register-form-mark", (field) => (field as HTMLInputElement).value)).toBe(
      "JU1A2B3C4D5E",
    );
    await fill(options, "#register-form-expires", "2025-12-31");
    await options.click("#register-form-save");
    register = await pollUntil(
      () => storedRegister(options),
      (stored) => stored?.registrations[0]?.expiryDate === "2025-12-31",
    );
    expect(register?.registrations[0]).toMatchObject({ mark: "JU1A2B3C4D5E", expirySource: "page", capturedAt });
    expect(register?.registrations).toHaveLength(2);

    // A mark that is not JU + 10 characters is refused with its reason, and nothing changes.
    await options.waitForSelector(row("JU1A2B3C4D5E"));
    await options.type("#register-form-mark", "JU12");
    await fill(options, "#register-form-manufacturer", "M");
    await fill(options, "#register-form-model", "X");
    await fill(options, "#register-form-serial", "S");
    await fill(options, "#register-form-registered", "2023-01-10");
    await options.click("#register-form-save");
    await options.waitForSelector("#register-form-rejected", { timeout: 15_000 });
    expect(await options.$eval("#register-form-result", (result) => result.textContent)).toContain("mark:");
    expect((await storedRegister(options))?.registrations).toHaveLength(2);
  });

  it("imports a CSV in the export's columns: new marks added, a later copy of a saved one replaces it", async () => {
    const file = join(target.home.home, "registrations.csv");
    writeFileSync(
      file,
      [
        "\uFEFFmark,manufacturer,model,serialNumber,registrationDate,expiryDate,updatedAt",
        `JU000000000A,見本航空,MH-4,"MH4-0002",2022-06-20,,`,
        `JU000000000B,"DJI","Mini 3, 改",1581F5FJ,2023-03-01,2026-02-28,`,
        `JU9Z8Y7X6W5V,そらドローン,SD-2,SD1-0042,2023-01-10,2026-01-31,2030-01-01T00:00:00Z`,
      ].join("\r\n"),
    );
    const input = await options.waitForSelector("input#register-import-file");
    await input!.uploadFile(file);
    await options.waitForSelector("#register-import-done", { timeout: 15_000 });
    const register = await storedRegister(options);
    expect(register?.registrations.map((entry) => [entry.mark, entry.model, entry.expiryDate])).toEqual([
      ["JU1A2B3C4D5E", "MH-4", "2025-12-31"],
      ["JU9Z8Y7X6W5V", "SD-2", "2026-01-31"],
      ["JU000000000A", "MH-4", "2025-06-19"],
      ["JU000000000B", "Mini 3, 改", "2026-02-28"],
    ]);
    for (const mark of ["JU000000000A", "JU000000000B"]) await options.waitForSelector(row(mark));
  });
});
