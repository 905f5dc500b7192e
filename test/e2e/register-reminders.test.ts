// SPDX-License-Identifier: MIT
/**
 * The register of registrations in Chromium and Firefox, with the real extension (test-clock build),
 * host, emulated card and practice site: two walks of the flow with different UAs are both captured and listed;
 * 20 days before expiry the badge shows 2 and each registration gets one notification, once a day; the JSON export
 * imported into a fresh browser profile gives the same register, where a managed policy turns reminders off and no
 * badge or notification appears. The release build is checked to carry no clock override.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_CLOCK_STORAGE_KEY } from "../../extension/registrations/extension-clock";
import { FLOW_OWNER_ID, FLOW_PROFILE_SET, FLOW_UA_IDS } from "../drivers/flow-profile";
import { prefillFromPopup } from "../drivers/extension-profiles";
import { ensureUaBlocks } from "../drivers/flow-driver";
import { walkRegistration } from "../drivers/walk-flow";
import { addDays, computedExpiry, dateInJapan } from "../../extension/registrations/model/registration-expiry";
import type { Register } from "../../extension/registrations/model/registrations";
import { useCardStack } from "../support/use-card-stack";
import { startFlowFixture, type FlowFixture } from "./flow-support";
import { writeStorage } from "./pages/extension-storage";
import { openExtensionPageRetrying } from "./pages/open-extension-page";
import {
  chromiumThirdPartyPolicy,
  openOptionsWithPolicy,
  writeChromiumPolicy,
  writeFirefoxManagedStorage,
} from "./support/admin-policy";
import { BROWSER_KINDS, launchExtensionBrowser, type ExtensionBrowser } from "./support/extension-browser";
import {
  badgeText,
  clearNotifications,
  notificationIds,
  reminderCheckedAt,
  setTestClock,
  storedRegister,
  watchNotifications,
} from "./support/register-probe";
import { saveElementScreenshot, saveScreenshot } from "./support/screenshots";
import { pollUntil } from "../support/poll-until";

const stack = useCardStack();
const DIST = resolve(import.meta.dirname, "../../dist");

/** Noon in Japan (03:00 UTC) on a day, plus `hours`. */
const noonInJapan = (day: string, hours = 0) =>
  new Date(Date.parse(`${day}T03:00:00.000Z`) + hours * 3_600_000).toISOString();

/** Clicks an export button and returns the file's text (the page's Blob, captured as it is made). */
async function exportText(options: Page, button: string): Promise<string> {
  await options.evaluate(() => {
    const original = URL.createObjectURL.bind(URL);
    Reflect.deleteProperty(window, "exported");
    URL.createObjectURL = (blob: Blob) => {
      Reflect.set(window, "exported", blob);
      return original(blob);
    };
  });
  await options.click(button);
  await options.waitForFunction(() => "exported" in window);
  // Decoded keeping a byte-order mark (Blob.text() drops it).
  return options.evaluate(async () =>
    new TextDecoder("utf-8", { ignoreBOM: true }).decode(await (Reflect.get(window, "exported") as Blob).arrayBuffer()),
  );
}

async function tableMarks(options: Page): Promise<{ mark: string; status: string }[]> {
  await options.waitForSelector("#register-table tr[data-mark]", { timeout: 15_000 });
  return options.$$eval("#register-table tr[data-mark]", (rows) =>
    rows.map((row) => ({ mark: row.getAttribute("data-mark") ?? "", status: row.getAttribute("data-status") ?? "" })),
  );
}

describe.each(BROWSER_KINDS)("the register of registrations in %s", (kind) => {
  let fixture: FlowFixture;
  let probe: Page;
  const marks: string[] = [];
  let register: Register;
  let exportedJson = "";
  let reminderDay = "";

  beforeAll(async () => {
    fixture = await startFlowFixture(kind, stack.readerName, { build: "testclock" });
    probe = await openExtensionPageRetrying(fixture.target, "pages/options/index.html");
    await watchNotifications(probe);
  });
  afterAll(() => fixture?.close());

  it("captures two walks of the flow with different UAs from the list of registered UAs, and the popup lists both", async () => {
    const applicationIds: string[] = [];
    // Captured from the list page (after the fee payment), before the status page adds the application id.
    const fromList = async (issued: readonly string[]) => {
      const stored = await pollUntil(
        () => storedRegister(probe),
        (found) => issued.every((mark) => found?.registrations.some((entry) => entry.mark === mark)),
      );
      for (const mark of issued) {
        expect(stored?.registrations.find((entry) => entry.mark === mark)).toMatchObject({ expirySource: "page" });
        expect(stored?.registrations.find((entry) => entry.mark === mark)).not.toHaveProperty("applicationId");
      }
    };
    for (const uaId of FLOW_UA_IDS) {
      const walk = {
        ...fixture.walk,
        onRegisteredList: fromList,
        filler: {
          ...fixture.walk.filler,
          uas: async (page: Page) => {
            await ensureUaBlocks(page, 1);
            await prefillFromPopup(fixture.target, page, { ownerId: FLOW_OWNER_ID, uaIds: [uaId] });
          },
        },
      };
      const result = await walkRegistration(walk);
      expect(result.registrationNumbers).toHaveLength(1);
      marks.push(...result.registrationNumbers);
      applicationIds.push(result.applicationId);
      await result.page.close();
    }

    // The status page (visited after the list) adds each registration's application id.
    register = (await pollUntil(
      () => storedRegister(probe),
      (stored) => stored?.registrations.length === 2 && stored.registrations.every((r) => r.applicationId),
    ))!;
    const registeredOn = dateInJapan(fixture.site.state.applications.get(applicationIds[0]!)!.paidAt!);
    expect(register.registrations.map((r) => r.mark).sort()).toEqual([...marks].sort());
    for (const [i, uaId] of FLOW_UA_IDS.entries()) {
      const ua = FLOW_PROFILE_SET.uas.find((profile) => profile.id === uaId)!;
      expect(register.registrations.find((r) => r.mark === marks[i])).toMatchObject({
        serialNumber: ua.serialNumber,
        model: ua.model,
        uaProfileId: uaId,
        // A list of registered UAs does not say which saved owner it is: left for the user.
        ownerProfileId: null,
        applicationId: applicationIds[i],
        registrationDate: registeredOn,
        expiryDate: computedExpiry(registeredOn),
        deregistered: false,
      });
    }

    const popup = await openExtensionPageRetrying(fixture.target, "pages/popup/index.html");
    await popup.waitForSelector("#register-list li[data-mark]", { timeout: 15_000 });
    const listed = await popup.$$eval("#register-list li[data-mark]", (items) =>
      items.map((item) => ({ mark: item.dataset.mark, status: item.dataset.status, days: item.dataset.daysLeft })),
    );
    const daysLeft = String(
      Date.parse(computedExpiry(registeredOn)) / 86_400_000 - Date.parse(registeredOn) / 86_400_000,
    );
    expect(listed).toEqual([...marks].sort().map((mark) => ({ mark, status: "valid", days: daysLeft })));
    await popup.close();
    // Two whole walks, each with the fee payment and the list of registered UAs: Firefox needs more than the default.
  }, 420_000);

  it("20 days before expiry: badge 2 and one notification per registration, at most once a day", async () => {
    reminderDay = addDays(register.registrations[0]!.expiryDate, -20);
    const expectedIds = [...marks].sort().map((mark) => `renewal:${mark}`);
    const checkAt = async (instant: string) => {
      await setTestClock(probe, instant);
      await pollUntil(
        () => reminderCheckedAt(probe),
        (checked) => checked === instant,
      );
    };

    await checkAt(noonInJapan(reminderDay));
    expect(await badgeText(probe)).toBe("2");
    expect(
      await pollUntil(
        () => notificationIds(probe),
        (ids) => ids.length >= 2,
      ),
    ).toEqual(expectedIds);

    // Later the same day: the badge stays, and no notification comes again (the user closed the first ones).
    await clearNotifications(probe);
    await checkAt(noonInJapan(reminderDay, 6));
    expect(await badgeText(probe)).toBe("2");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await notificationIds(probe)).toEqual([]);

    // The next day each registration is reminded once more.
    await checkAt(noonInJapan(addDays(reminderDay, 1)));
    expect(
      await pollUntil(
        () => notificationIds(probe),
        (ids) => ids.length >= 2,
      ),
    ).toEqual(expectedIds);
    await clearNotifications(probe);

    const options = await openExtensionPageRetrying(fixture.target, "pages/options/index.html");
    expect(await tableMarks(options)).toEqual([...marks].sort().map((mark) => ({ mark, status: "renewal-open" })));
    await options.close();
    await documentationScreenshots();
  });

  /** docs/screenshots: the popup list and the options table in the renewal window, ja and en (UPDATE_SCREENSHOTS=1). */
  async function documentationScreenshots(): Promise<void> {
    if (process.env.UPDATE_SCREENSHOTS !== "1" || kind !== "chromium") return;
    for (const language of ["ja", "en"] as const) {
      await writeStorage(probe, "local", { settings: { version: 1, values: { language } } });
      const popup = await openExtensionPageRetrying(fixture.target, "pages/popup/index.html");
      await popup.setViewport({ width: 380, height: 420 });
      await popup.waitForSelector("#register-list li[data-mark]");
      await saveScreenshot(fixture.target, popup, `register-popup-${language}`);
      await popup.close();
      const options = await openExtensionPageRetrying(fixture.target, "pages/options/index.html");
      await options.setViewport({ width: 1000, height: 800 });
      await tableMarks(options);
      await saveElementScreenshot(fixture.target, options, "#register-section", `register-options-${language}`);
      await options.close();
    }
    await writeStorage(probe, "local", { settings: { version: 1, values: {} } });
  }

  it("exports CSV and JSON; in a fresh profile where a policy turns reminders off, the import gives the same register and no badge; deregister and remove", async () => {
    const options = await openExtensionPageRetrying(fixture.target, "pages/options/index.html");
    await tableMarks(options);
    const csv = await exportText(options, "#register-export-csv");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    for (const mark of marks) expect(csv).toContain(`"${mark}"`);
    exportedJson = await exportText(options, "#register-export-json");
    expect(JSON.parse(exportedJson)).toEqual(await storedRegister(probe));
    await options.close();

    const values = { renewalReminders: false };
    const removePolicy = kind === "chromium" ? writeChromiumPolicy(chromiumThirdPartyPolicy(values)) : () => undefined;
    let fresh: ExtensionBrowser | undefined;
    try {
      fresh = await launchExtensionBrowser(kind, { build: "testclock" });
      if (kind === "firefox") writeFirefoxManagedStorage(fresh.home.home, values);
      const freshOptions = await openOptionsWithPolicy(fresh);
      await freshOptions.waitForSelector("#setting-renewal-reminders[data-managed='true']", { timeout: 15_000 });
      expect(await freshOptions.$eval("#setting-renewal-reminders", (box) => (box as HTMLInputElement).checked)).toBe(
        false,
      );
      const file = join(fresh.home.home, "register.json");
      writeFileSync(file, exportedJson);
      const input = await freshOptions.waitForSelector("input#register-import-file");
      await input!.uploadFile(file);
      await freshOptions.waitForSelector("#register-import-done", { timeout: 15_000 });
      expect(await storedRegister(freshOptions)).toEqual(JSON.parse(exportedJson));
      expect((await tableMarks(freshOptions)).map((row) => row.mark)).toEqual([...marks].sort());

      const instant = noonInJapan(reminderDay);
      await watchNotifications(freshOptions);
      await setTestClock(freshOptions, instant);
      await pollUntil(
        () => reminderCheckedAt(freshOptions),
        (checked) => checked === instant,
      );
      expect(await badgeText(freshOptions)).toBe("");
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await notificationIds(freshOptions)).toEqual([]);

      // 抹消 (deregistered) on one row, remove the other (confirmed).
      const [first, second] = [...marks].sort();
      const rowOf = (mark: string | undefined) => `#register-table tr[data-mark="${mark}"]`;
      await freshOptions.click(`${rowOf(first)} .register-deregister`);
      await freshOptions.waitForSelector(`${rowOf(first)}[data-status="deregistered"]`, { timeout: 15_000 });
      await freshOptions.evaluate(() => (window.confirm = () => true));
      await freshOptions.click(`${rowOf(second)} .register-remove`);
      await freshOptions.waitForFunction(
        (row) => document.querySelector(row) === null,
        { timeout: 15_000 },
        rowOf(second),
      );
      const after = await storedRegister(freshOptions);
      expect(after?.registrations.map((entry) => [entry.mark, entry.deregistered])).toEqual([[first, true]]);
    } finally {
      removePolicy();
      await fresh?.close();
    }
  });
});

describe("the release build", () => {
  const scripts = (folder: string) =>
    readdirSync(join(DIST, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(".js"))
      .map((entry) => readFileSync(join(entry.parentPath, entry.name), "utf8"));

  it("has no clock override (the test-clock build has)", () => {
    for (const browser of ["chrome", "firefox"]) {
      expect(scripts(browser).some((code) => code.includes(TEST_CLOCK_STORAGE_KEY))).toBe(false);
      expect(scripts(`${browser}-testclock`).some((code) => code.includes(TEST_CLOCK_STORAGE_KEY))).toBe(true);
    }
  });
});
