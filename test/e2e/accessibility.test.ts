// SPDX-License-Identifier: MIT
/**
 * axe-core in Chromium over every page a user reads: the PIN window in each mode (sign, re-sign, authenticate,
 * card-info, a final error) and its confirm-before-save view, the popup, the settings page with the register filled,
 * and the getting-started guide. No violation of any impact is allowed. Beyond what axe sees: each page has its own
 * <title>, Esc cancels the PIN window and Enter submits it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "puppeteer-core";
import { GUIDE_PATH } from "../../extension/common/guide-path";
import { saveProfiles } from "../drivers/extension-profiles";
import { FLOW_PROFILE_SET, FLOW_UA_IDS } from "../drivers/flow-profile";
import { REGISTER_KEY } from "../../extension/registrations/register-storage";
import { PageFailureReplySchema } from "../../extension/protocol/page";
import { useCardStack } from "../support/use-card-stack";
import { openBridgePage, waitForReply, type BridgeTestServer } from "./support/bridge-test-page";
import { launchBridgeBrowser } from "./support/bridge-browser";
import { digestInfoBase64 } from "./support/card-crypto";
import {
  openExtensionPage,
  openOptionsPage,
  openPopupFor,
  waitForPinWindow,
  type ExtensionBrowser,
} from "./support/extension-browser";
import { axeViolations } from "./support/axe";
import { submitPin, waitForPhase } from "./support/pin-window-driver";
import { useRealPinWindowSize } from "./support/pin-window-fit";
import { requestReadyPinWindow } from "./support/request-pin-window";

const stack = useCardStack();
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Two registrations, one deregistered, so the register shows rows with every kind of button. */
const REGISTER = {
  version: 1,
  registrations: [
    ["JU0123456789", false],
    ["JU9876543210", true],
  ].map(([mark, deregistered]) => ({
    mark,
    manufacturer: "DJI",
    model: "Mini 4 Pro",
    serialNumber: `SN-${String(mark).slice(2, 8)}`,
    ownerProfileId: null,
    uaProfileId: null,
    registrationDate: "2026-01-10",
    expiryDate: "2029-01-09",
    expirySource: "computed",
    deregistered,
    capturedAt: "2026-01-10T03:00:00.000Z",
    updatedAt: "2026-01-10T03:00:00.000Z",
  })),
};

describe("accessibility (axe-core, Chromium)", () => {
  let target: ExtensionBrowser;
  let server: BridgeTestServer;
  let page: Page;
  let replies = 0;

  const request = (detail: unknown): Promise<Page> => requestReadyPinWindow(target, page, detail);
  const expectClean = async (view: Page, name: string): Promise<void> => {
    expect({ page: name, violations: await axeViolations(view) }).toEqual({ page: name, violations: [] });
  };
  const titleOf = (view: Page) => view.evaluate(() => document.title);

  beforeAll(async () => {
    ({ server, target } = await launchBridgeBrowser("chromium", { reader: stack.readerName }));
    page = await openBridgePage(target.browser, `${server.origin}/`);
    const options = await openOptionsPage(target);
    await options.evaluate(
      (key, register) => chrome.storage.local.set({ [key]: { lock: false, register } }),
      REGISTER_KEY,
      REGISTER,
    );
    await options.close();
  });
  afterAll(async () => {
    await target?.close();
    await server?.close();
  });

  const titles = new Map<string, string>();

  it("the PIN window: sign (②), re-sign (③), authenticate (④), card-info and a wrong PIN", async () => {
    const sign = await request({ mode: "02", service_id: "01", digest: [digestInfoBase64("a")] });
    await expectClean(sign, "sign");
    titles.set("pin", await titleOf(sign));
    // Enter submits the form (the PIN typed, then Enter).
    await sign.type("#pin", "ABC123");
    await sign.keyboard.press("Enter").catch(() => undefined);
    await waitForReply(page, ++replies);

    const resign = await request({ mode: "02", service_id: "01", digest: [digestInfoBase64("b")] });
    await expectClean(resign, "re-sign");
    await submitPin(resign, "ABC123");
    await waitForReply(page, ++replies);

    const auth = await request({ mode: "01", service_id: "01", digest: digestInfoBase64("c") });
    await expectClean(auth, "authenticate");
    // Esc cancels: the page gets USER_CANCELLED.
    await auth.keyboard.press("Escape").catch(() => undefined);
    expect(PageFailureReplySchema.parse(await waitForReply(page, ++replies)).error_code).toBe("USER_CANCELLED");

    const cardInfo = await request({ mode: "04", service_id: "01" });
    await expectClean(cardInfo, "card-info");
    await submitPin(cardInfo, "0000");
    await cardInfo.waitForFunction(() => document.getElementById("error")?.hidden === false, { polling: 100 });
    await expectClean(cardInfo, "card-info, wrong PIN");
    await cardInfo.keyboard.press("Escape").catch(() => undefined);
    await waitForReply(page, ++replies);
  });

  it("the PIN window's confirm-before-save view", async () => {
    const options = await openOptionsPage(target);
    await options.waitForSelector("#profiles-from-card", { timeout: 15_000 });
    await options.click("#profiles-from-card");
    const pinWindow = await waitForPinWindow(target);
    await useRealPinWindowSize(pinWindow);
    await waitForPhase(pinWindow, "ready");
    await submitPin(pinWindow, "5678");
    await waitForPhase(pinWindow, "done");
    await pinWindow.waitForSelector("#from-card-save", { timeout: 15_000 });
    await expectClean(pinWindow, "confirm view");
    await pinWindow.close();
    await options.close();
  });

  it("the popup, the settings page with the register, and the getting-started guide", async () => {
    const popup = await openPopupFor(target, `${server.origin}/`);
    await expectClean(popup, "popup");
    titles.set("popup", await titleOf(popup));
    await popup.close();

    const options = await openOptionsPage(target);
    await options.waitForSelector("#register-table tr[data-mark]", { timeout: 15_000 });
    await sleep(1_000); // the diagnostics fill in
    await expectClean(options, "settings page");
    titles.set("options", await titleOf(options));
    // Lay user first: the selector override, the platform switch and the reader choice wait under 「詳細設定」, the
    // reader offered from those the card program found.
    expect(await options.$eval("#advanced-settings", (details) => (details as HTMLDetailsElement).open)).toBe(false);
    const advanced = ["#setting-reader", "#setting-linux-platform", "#setting-selectors"];
    expect(await options.$$eval(advanced.map((id) => `#advanced-settings ${id}`).join(","), (all) => all.length)).toBe(
      3,
    );
    await options.waitForFunction(
      (name) => [...document.querySelectorAll<HTMLOptionElement>("#reader-names option")].some((o) => o.value === name),
      { polling: 200, timeout: 15_000 },
      stack.readerName,
    );
    await options.$eval("#advanced-settings", (details) => ((details as HTMLDetailsElement).open = true));
    await expectClean(options, "settings page, advanced settings open");
    await options.close();

    const guide = await openExtensionPage(target, GUIDE_PATH);
    // The steps are checked once the coexistence notice is settled; aria-busy turns false when the checks end.
    await guide.waitForSelector("#guide-steps[aria-busy='false']", { timeout: 15_000 });
    await expectClean(guide, "guide");
    // Stepping aside for the official app (the default) is said first, with the switch.
    expect(await guide.$("main > h1 + #guide-coexistence:not([hidden]) #guide-choose-companion")).not.toBeNull();
    titles.set("guide", await titleOf(guide));
    await guide.close();

    expect(new Set(titles.values()).size).toBe(titles.size);
  });

  it("deleting a profile or a registration asks first, and can be undone until the page closes", async () => {
    await saveProfiles(target, FLOW_PROFILE_SET);
    const options = await openOptionsPage(target);
    const row = `#profiles-uas li[data-id="${FLOW_UA_IDS[0]}"]`;
    await options.waitForSelector(`${row} [data-action="delete"]`, { timeout: 15_000 });
    const answers = [false, true];
    const asked: string[] = [];
    options.on("dialog", (dialog) => {
      asked.push(dialog.message());
      void (answers.shift() === true ? dialog.accept() : dialog.dismiss());
    });
    await options.click(`${row} [data-action="delete"]`);
    await sleep(500);
    expect(await options.$(row)).not.toBeNull(); // declined: still there
    await options.click(`${row} [data-action="delete"]`);
    await options.waitForSelector("#profiles-undo-button", { timeout: 10_000 });
    expect(await options.$(row)).toBeNull();
    expect(asked).toHaveLength(2);
    await expectClean(options, "settings page, after a deletion");
    await options.click("#profiles-undo-button");
    await options.waitForSelector(row, { timeout: 10_000 });
    expect(await options.$("#profiles-undo-button")).toBeNull();

    // The same for a registration in the register.
    answers.push(true);
    const registration = '#register-table tr[data-mark="JU0123456789"]';
    await options.click(`${registration} .register-remove`);
    await options.waitForSelector("#register-undo-button", { timeout: 10_000 });
    expect(await options.$(registration)).toBeNull();
    expect(asked).toHaveLength(3);
    await options.click("#register-undo-button");
    await options.waitForSelector(registration, { timeout: 10_000 });
    await options.close();
  });
});
