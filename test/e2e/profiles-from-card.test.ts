// SPDX-License-Identifier: MIT
/**
 * "Create from My Number Card" in Chromium and Firefox, through the real pcscd and the emulated card whose holder
 * has moved since the saved profile was made (as `npm start --mismatch` sets it up): the card-info PIN in the
 * extension's PIN window (a wrong one shows tries left; a blocked one is refused before any VERIFY; no card says so),
 * the facts shown before anything is saved (in Japanese or English), a new owner from them with which the practice
 * flow needs no step ③ (one signature on the server), and an existing owner updated only in the fields ticked.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MOVED_ADDRESS } from "../drivers/card-setup";
import { saveProfiles } from "../drivers/extension-profiles";
import { FLOW_OWNER_ID, FLOW_PROFILE_SET } from "../drivers/flow-profile";
import { confirmFromCard, openFromCardWindow, type NewOwnerExtras } from "../drivers/profile-from-card";
import { walkRegistration } from "../drivers/walk-flow";
import { profileWizardFiller } from "../drivers/wizard-filler";
import { errorMessage } from "../../shared/errors/catalogue";
import type { IndividualOwner, ProfileSet } from "../../extension/profiles/model/profiles";
import { waitForCardPresence } from "../stack/pcsc-readers";
import { useCardStack } from "../support/use-card-stack";
import { CARD_INFO_PIN, startFlowFixture, verificationsOf, type FlowFixture } from "./flow-support";
import { readStorage } from "./pages/extension-storage";
import { BROWSER_KINDS, openExtensionPage, openOptionsPage, type ExtensionBrowser } from "./support/extension-browser";
import { pollForElement } from "../drivers/poll-element";
import { readPinWindow, submitPin, waitForError, waitForPhase } from "./support/pin-window-driver";
import { saveScreenshot } from "./support/screenshots";

const stack = useCardStack({ pkiOptions: { holder: { address: MOVED_ADDRESS } } });
const EXTRAS: NewOwnerExtras = {
  reading: "ミホン\u3000ハナコ",
  postalCode: "100-0013",
  phone: "090-1234-5678",
  email: "hanako@example.jp",
};
/** VERIFY commands that present a PIN (an empty VERIFY only asks for tries left). */
const pinVerifies = (from: number) =>
  stack.card.model.apduLog.slice(from).filter((entry) => entry.ins === 0x20 && entry.command.length > 10);

async function savedProfiles(target: ExtensionBrowser): Promise<ProfileSet> {
  const page = await openExtensionPage(target, "pages/options/index.html");
  const local = JSON.parse(await readStorage(page, "local")) as { profiles?: { set: ProfileSet } };
  await page.close();
  return local.profiles?.set ?? { version: 1, owners: [], uas: [] };
}

describe.each(BROWSER_KINDS)("create from My Number Card, in %s", (kind) => {
  let fixture: FlowFixture;
  beforeAll(async () => {
    fixture = await startFlowFixture(kind, stack.readerName);
  });
  afterAll(() => fixture?.close());

  it("a wrong card-info PIN shows tries left; the facts are shown before saving; the new owner needs no ③", async () => {
    stack.card.model.setTriesLeft("card-info", 3);
    const pinWindow = await openFromCardWindow(fixture.target);
    expect((await readPinWindow(pinWindow)).triesLeft).toMatch(/3/);
    await submitPin(pinWindow, "0000");
    expect(await waitForError(pinWindow)).toBe(errorMessage("PIN_WRONG", "ja", { triesLeft: 2, pinKind: "card-info" }));
    expect((await readPinWindow(pinWindow)).triesLeft).toMatch(/2/);
    expect(stack.card.model.triesLeft("card-info")).toBe(2);

    const before = await savedProfiles(fixture.target);
    await submitPin(pinWindow, CARD_INFO_PIN);
    await waitForPhase(pinWindow, "done");
    // The confirm view is a module of its own, loaded once the facts arrive: it mounts a moment after "done".
    await pinWindow.waitForSelector("#from-card-facts dd", { timeout: 20_000 });
    const shown = await pinWindow.$$eval("#from-card-facts dd", (cells) => cells.map((cell) => cell.textContent));
    expect(shown.slice(0, 3)).toEqual([stack.pki.holder.name, MOVED_ADDRESS, stack.pki.holder.birthDate]);
    expect(await savedProfiles(fixture.target)).toEqual(before);
    await saveScreenshot(fixture.target, pinWindow, "from-card-confirm-ja");
    const ownerId = await confirmFromCard(pinWindow, { mode: "new", extras: EXTRAS });
    expect(stack.card.model.triesLeft("card-info")).toBe(3);
    await pinWindow.close();

    const saved = await savedProfiles(fixture.target);
    const created = saved.owners.find((owner) => owner.id === ownerId) as IndividualOwner;
    expect(created).toMatchObject({
      kind: "individual",
      name: stack.pki.holder.name,
      birthDate: stack.pki.holder.birthDate,
      reading: EXTRAS.reading,
      address: { postalCode: "100-0013", prefecture: "東京都", city: "千代田区", line1: "霞が関見本町４－５－６" },
    });
    expect(JSON.stringify(saved)).not.toContain(stack.pki.holder.myNumber);

    const filler = await profileWizardFiller(fixture.target, saved, () => undefined, { ownerId, save: false });
    const walk = await walkRegistration({ ...fixture.walk, filler });
    expect(walk.resigned).toBe(false);
    const signatures = verificationsOf(fixture.site, walk.applicationId).map((record) => record.step);
    expect(signatures).toEqual(["sign", "authenticate"]);
    expect(fixture.site.state.applications.get(walk.applicationId)?.replacedFacts ?? []).toEqual([]);
    await walk.page.close();
  });

  it("updates an existing owner field by field (started from the popup): only the ticked fields change", async () => {
    const old = FLOW_PROFILE_SET.owners[0] as IndividualOwner;
    const stale: IndividualOwner = { ...old, name: "見本\u3000花", birthDate: "1990-04-02" };
    await saveProfiles(fixture.target, { ...FLOW_PROFILE_SET, owners: [stale] });
    const pinWindow = await openFromCardWindow(fixture.target, { via: "popup" });
    await submitPin(pinWindow, CARD_INFO_PIN);
    await waitForPhase(pinWindow, "done");
    await pinWindow.waitForSelector("#from-card-mode-update:not([disabled])");
    await pinWindow.click("#from-card-mode-update");
    const differs = await pinWindow.$$eval("#from-card-diff tr[data-field]", (rows) =>
      rows.map((row) => [row.getAttribute("data-field"), row.getAttribute("data-differs")]),
    );
    expect(differs).toEqual([
      ["name", "true"],
      ["address", "true"],
      ["birthDate", "true"],
    ]);
    await saveScreenshot(fixture.target, pinWindow, "from-card-update-ja");
    expect(await confirmFromCard(pinWindow, { mode: "update", ownerId: FLOW_OWNER_ID, accept: ["address"] })).toBe(
      FLOW_OWNER_ID,
    );
    await pinWindow.close();
    const [updated, ...others] = (await savedProfiles(fixture.target)).owners;
    expect(others).toEqual([]);
    expect(updated).toEqual({
      ...stale,
      address: { ...old.address, line1: "霞が関見本町４－５－６" },
    });
  });

  it("the confirm view speaks English when English is chosen, and closing it saves nothing", async () => {
    const chooseLanguage = async (language: string) => {
      const options = await openOptionsPage(fixture.target);
      await options.select("#setting-language", language);
      await options.waitForFunction(
        async (wanted) => JSON.stringify(await chrome.storage.local.get(null)).includes(`"language":"${wanted}"`),
        { polling: 100, timeout: 15_000 },
        language,
      );
      await options.close().catch(() => undefined);
    };
    const before = await savedProfiles(fixture.target);
    await chooseLanguage("en");
    try {
      const pinWindow = await openFromCardWindow(fixture.target);
      await submitPin(pinWindow, CARD_INFO_PIN);
      await pollForElement(pinWindow, "#from-card-save", 20_000);
      expect(await pinWindow.$eval("#from-card h2", (heading) => heading.textContent)).toBe(
        "Read from the card (nothing saved yet)",
      );
      await saveScreenshot(fixture.target, pinWindow, "from-card-confirm-en");
      await pinWindow.close();
      expect(await savedProfiles(fixture.target)).toEqual(before);
    } finally {
      await chooseLanguage("auto");
    }
  });

  it("no card: the PIN window says so with the fix, and nothing is saved", async () => {
    const before = await savedProfiles(fixture.target);
    stack.card.remove();
    await waitForCardPresence(stack.readerName, false, 10_000);
    try {
      const pinWindow = await openFromCardWindow(fixture.target);
      expect((await readPinWindow(pinWindow)).error).toBe(errorMessage("NO_CARD", "ja"));
      await pinWindow.close();
      expect(await savedProfiles(fixture.target)).toEqual(before);
    } finally {
      await stack.card.insert();
      await waitForCardPresence(stack.readerName, true, 10_000);
    }
  });

  it("a blocked card-info PIN is refused before any APDU that could spend a try", async () => {
    stack.card.model.setTriesLeft("card-info", 0);
    const apdusBefore = stack.card.model.apduLog.length;
    try {
      const pinWindow = await openFromCardWindow(fixture.target, { ready: false });
      await waitForPhase(pinWindow, "failed");
      const state = await readPinWindow(pinWindow);
      expect(state.error).toBe(errorMessage("PIN_BLOCKED", "ja", { triesLeft: 0, pinKind: "card-info" }));
      expect(state.formShown).toBe(false);
      expect(pinVerifies(apdusBefore)).toEqual([]);
      await pinWindow.close();
    } finally {
      stack.card.model.setTriesLeft("card-info", 3);
    }
  });
});
