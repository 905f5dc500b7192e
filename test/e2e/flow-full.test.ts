// SPDX-License-Identifier: MIT
/**
 * The seed's whole flow in Chromium and Firefox: the real extension and host, the emulated card behind pcscd,
 * the practice site checking every signature.
 */
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardStep, fillAndApply, walkRegistration } from "../drivers/walk-flow";
import { openPages, submitPin, waitForPinError, waitForPinWindow } from "../drivers/extension-windows";
import { waitForCompletion, waitForFlowState, waitForModal } from "../drivers/flow-driver";
import { REFUSAL_MESSAGES } from "../site/i18n/refusal-messages";
import { useCardStack } from "../support/use-card-stack";
import { BROWSER_KINDS } from "./support/extension-browser";
import { CARD_PINS, serialOf, startFlowFixture, verificationsOf, type FlowFixture } from "./flow-support";

const stack = useCardStack();

describe.each(BROWSER_KINDS)("the registration flow in %s", (kind) => {
  let fixture: FlowFixture;
  beforeAll(async () => {
    fixture = await startFlowFixture(kind, stack.readerName);
  });
  afterAll(() => fixture?.close());

  it("registers two UAs from a saved profile: apply → e-mail → ② → ④ → completion (no mark) → fee paid → marks, with the card's signatures verified", async () => {
    const result = await walkRegistration(fixture.walk);
    expect(result.resigned).toBe(false);
    expect(result.registrationNumbers).toHaveLength(2);
    for (const mark of result.registrationNumbers) expect(mark).toMatch(/^JU[0-9A-Z]{10}$/);

    const application = fixture.site.state.applications.get(result.applicationId);
    expect(application?.state).toBe("completed");
    expect(application?.data.uas.map((ua) => ua.serialNumber)).toEqual(["MH4-000123", "HK01-0001"]);
    expect(application?.feeYen).toBe(1790);
    expect(application?.registrationNumbers).toEqual(result.registrationNumbers);
    expect(application?.paidAt).not.toBeNull();
    const records = verificationsOf(fixture.site, result.applicationId);
    expect(records.map((r) => [r.step, r.ok])).toEqual([
      ["sign", true],
      ["authenticate", true],
    ]);
    expect(records[0]?.certificateSerial).toBe(serialOf(stack.pki.sign.der));
    expect(records[1]?.certificateSerial).toBe(serialOf(stack.pki.auth.der));
    const feeMail = fixture.site.state.outbox
      .list()
      .find((m) => m.applicationId === result.applicationId && m.kind === "fee");
    expect(feeMail?.body).toContain("1,790円");
    await result.page.close();
  });

  it("completes after one wrong signature password, which costs exactly one try", async () => {
    const { page, applicationId } = await fillAndApply(fixture.walk);
    await page.click("#read-with-reader");
    await waitForModal(page, "sign");
    const before = await openPages(fixture.target);
    await page.click("#sign-ok");
    const pinWindow = await waitForPinWindow(fixture.target, before);
    await submitPin(pinWindow, "ZZZ999");
    expect(await waitForPinError(pinWindow)).toContain("4");
    expect(stack.card.model.triesLeft("sign")).toBe(4);
    await submitPin(pinWindow, CARD_PINS.sign);
    expect(await waitForFlowState(page)).toEqual({ kind: "modal", step: "authenticate", error: null });
    expect(stack.card.model.triesLeft("sign")).toBe(5);
    expect(await cardStep(fixture.walk, page, "#authenticate-ok", "auth", "authenticate")).toMatchObject({
      kind: "complete",
    });
    expect(verificationsOf(fixture.site, applicationId).every((r) => r.ok)).toBe(true);
    await page.close();
  });

  it("refuses ④ answered after the 5 minutes, then completes with a fresh challenge", async () => {
    const { page, applicationId } = await fillAndApply(fixture.walk);
    await page.click("#read-with-reader");
    await waitForModal(page, "sign");
    expect(await cardStep(fixture.walk, page, "#sign-ok", "sign", "sign")).toMatchObject({
      step: "authenticate",
      error: null,
    });
    const before = await openPages(fixture.target);
    await page.click("#authenticate-ok");
    const pinWindow = await waitForPinWindow(fixture.target, before);
    fixture.clock.advance(5 * 60 * 1000 + 1000);
    await submitPin(pinWindow, CARD_PINS.auth);
    const refused = await waitForFlowState(page);
    expect(refused).toEqual({ kind: "modal", step: "authenticate", error: REFUSAL_MESSAGES.ja["challenge-expired"] });
    expect(verificationsOf(fixture.site, applicationId).at(-1)).toMatchObject({
      step: "authenticate",
      ok: false,
      refusal: "challenge-expired",
    });

    expect(await cardStep(fixture.walk, page, "#retry", "auth", "authenticate")).toMatchObject({ kind: "complete" });
    // No mark at completion: DIPS-REG issues them once the fee is paid.
    expect(await waitForCompletion(page)).toEqual([]);
    await page.close();
  });

  it("leaves the smartphone (QR) path to the page: no PIN window, no card access, no reply events", async () => {
    const { page, applicationId } = await fillAndApply(fixture.walk);
    expect(await page.evaluate(() => document.body.dataset.readerPath)).toBe("offered");
    await page.evaluate(() => {
      const seen: string[] = [];
      Reflect.set(window, "__replies", seen);
      document.addEventListener("recvMsg", (event) => seen.push(String((event as CustomEvent).detail)));
    });
    const apdusBefore = await quietApduCount();
    const pagesBefore = (await fixture.target.browser.pages()).length;
    await page.click("#read-with-smartphone");
    await waitForModal(page, "smartphone");
    const qrBefore = await qrSnapshot(page);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await qrSnapshot(page)).toEqual(qrBefore);
    expect(qrBefore.code).toBe(applicationId);
    expect(qrBefore.cells).toBe(441);
    expect(await page.evaluate(() => (Reflect.get(window, "__replies") as string[]).length)).toBe(0);
    expect((await fixture.target.browser.pages()).length).toBe(pagesBefore);
    expect(stack.card.model.apduLog.slice(apdusBefore).map((entry) => entry.command)).toEqual([]);
    expect(verificationsOf(fixture.site, applicationId)).toEqual([]);
    await page.close();
  });
});

/** The APDU count once the card has been left alone for 2 s (earlier steps' connections wind down first). */
async function quietApduCount(): Promise<number> {
  let count = stack.card.model.apduLog.length;
  for (let i = 0; i < 30; i++) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    if (stack.card.model.apduLog.length === count) return count;
    count = stack.card.model.apduLog.length;
  }
  return count;
}

async function qrSnapshot(page: Page): Promise<{ code: string; cells: number; html: string }> {
  return page.evaluate(() => ({
    code: document.getElementById("session-code")?.textContent ?? "",
    cells: document.querySelectorAll("#smartphone-qr .qr span").length,
    html: document.getElementById("modal-smartphone")?.outerHTML ?? "",
  }));
}
