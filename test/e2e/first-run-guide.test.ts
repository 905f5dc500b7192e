// SPDX-License-Identifier: MIT
/**
 * The first-run guide in Chromium and Firefox, through the real pcscd and the emulated card: it opens by itself on
 * install; everything present → five passed steps and the "create from My Number Card" offer; no card, no reader
 * (the configured one missing) and no host → each its own message and fix, the later steps waiting. Without the host,
 * the guide, the options page's diagnostics and the PIN window all show the Linux install step; the popup and the
 * options page open the guide again. No PIN try is spent.
 * (The expired certificate is in flow-expired.test.ts, which has that card.)
 */
import { afterEach, describe, expect, it } from "vitest";
import { openFromCardWindow } from "../drivers/profile-from-card";
import { openPages, waitForExtensionWindow } from "../drivers/extension-windows";
import { pollForElement } from "../drivers/poll-element";
import { installStep } from "../../extension/common/install-steps";
import { errorMessage } from "../../shared/errors/catalogue";
import { waitForCardPresence } from "../stack/pcsc-readers";
import { useCardStack } from "../support/use-card-stack";
import { openExtensionPageRetrying } from "./pages/open-extension-page";
import {
  BROWSER_KINDS,
  launchExtensionBrowser,
  openOptionsPage,
  type ExtensionBrowser,
  type LaunchOptions,
} from "./support/extension-browser";
import { readGuide, recheckGuide, stepStates } from "./support/guide-driver";
import { saveScreenshot } from "./support/screenshots";

const stack = useCardStack();
const ALL_OK = ["host:ok", "pcsc:ok", "readers:ok", "card:ok", "cert:ok"];
const pinVerifies = (from: number) =>
  stack.card.model.apduLog.slice(from).filter((entry) => entry.ins === 0x20 && entry.command.length > 10);

describe.each(BROWSER_KINDS)("the first-run guide, in %s", (kind) => {
  let target: ExtensionBrowser | undefined;
  const launch = async (options: LaunchOptions) => (target = await launchExtensionBrowser(kind, options));
  afterEach(async () => {
    await target?.close();
    target = undefined;
    if (!stack.card.inserted) {
      await stack.card.insert();
      await waitForCardPresence(stack.readerName, true, 10_000);
    }
  });

  it("opens on install; all present → five steps pass and create-from-card is offered; no card → its fix", async () => {
    const apdusBefore = stack.card.model.apduLog.length;
    const browser = await launch({ reader: stack.readerName, keepFirstRunGuide: true });
    const guide = await waitForExtensionWindow(browser, "pages/guide/", { timeout: 30_000 });
    expect(stepStates(await readGuide(guide))).toEqual(ALL_OK);
    await pollForElement(guide, "#guide-from-card", 10_000);

    stack.card.remove();
    await waitForCardPresence(stack.readerName, false, 10_000);
    const withoutCard = await recheckGuide(guide);
    expect(stepStates(withoutCard)).toEqual(["host:ok", "pcsc:ok", "readers:ok", "card:failed", "cert:waiting"]);
    expect(withoutCard[3]?.fix).toBe(errorMessage("NO_CARD", "ja"));
    expect(await guide.$eval("#guide-profile", (element) => (element as HTMLElement).hidden)).toBe(true);
    await saveScreenshot(browser, guide, "first-run-guide-no-card-ja");
    expect(pinVerifies(apdusBefore)).toEqual([]);
  });

  it("no reader: the configured reader is missing → the reader step fails with its fix (en)", async () => {
    const browser = await launch({ reader: "DIPS Test missing reader 00 00", language: "en" });
    const guide = await openExtensionPageRetrying(browser, "pages/guide/index.html");
    const steps = await readGuide(guide);
    expect(stepStates(steps)).toEqual(["host:ok", "pcsc:ok", "readers:failed", "card:waiting", "cert:waiting"]);
    expect(steps[2]?.fix).toBe(errorMessage("READER_NOT_FOUND", "en"));
    await saveScreenshot(browser, guide, "first-run-guide-no-reader-en");
  });

  it("no host: the Linux install step in the guide, the options page's diagnostics and the PIN window", async () => {
    const browser = await launch({ withoutHost: true });
    const linux = installStep("linux", "ja");
    const guide = await openExtensionPageRetrying(browser, "pages/guide/index.html");
    const steps = await readGuide(guide);
    expect(stepStates(steps)).toEqual([
      "host:failed",
      "pcsc:waiting",
      "readers:waiting",
      "card:waiting",
      "cert:waiting",
    ]);
    expect(steps[0]?.fix).toBe(linux);
    await saveScreenshot(browser, guide, "first-run-guide-no-host-ja");

    const options = await openOptionsPage(browser);
    const diagnostics = await options.$eval("#diagnostics-list", (list) => list.textContent);
    expect(diagnostics).toContain(linux);
    const beforeOptionsLink = await openPages(browser);
    await options.click("#options-open-guide");
    await waitForExtensionWindow(browser, "pages/guide/", { exclude: beforeOptionsLink, timeout: 15_000 });
    await options.close();
    const popup = await openExtensionPageRetrying(browser, "pages/popup/index.html");
    const beforePopupLink = await openPages(browser);
    await pollForElement(popup, "#popup-open-guide", 15_000);
    await popup.click("#popup-open-guide");
    await waitForExtensionWindow(browser, "pages/guide/", { exclude: beforePopupLink, timeout: 15_000 });
    await popup.close();

    const pinWindow = await openFromCardWindow(browser);
    await pollForElement(pinWindow, "#install-step", 15_000);
    expect(await pinWindow.$eval("#install-step", (element) => element.textContent)).toBe(linux);
  });
});
