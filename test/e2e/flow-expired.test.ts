// SPDX-License-Identifier: MIT
/**
 * An expired certificate in Chromium and Firefox: the flow stops at ② with the clear message, no PIN try is
 * spent on the card, and the site records no accepted signature; the first-run guide names it with its fix.
 */
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitForFlowState, waitForModal } from "../drivers/flow-driver";
import { openPages, pinWindowPhase, submitPin, waitForExtensionWindow } from "../drivers/extension-windows";
import { fillAndApply } from "../drivers/walk-flow";
import { ERROR_CATALOGUE } from "../../shared/errors/catalogue";
import { useCardStack } from "../support/use-card-stack";
import { openExtensionPageRetrying } from "./pages/open-extension-page";
import { readGuide, stepStates } from "./support/guide-driver";
import { saveScreenshot } from "./support/screenshots";
import { BROWSER_KINDS } from "./support/extension-browser";
import { CARD_PINS, startFlowFixture, verificationsOf, type FlowFixture } from "./flow-support";

const stack = useCardStack({ pkiOptions: { expired: true } });

/** VERIFY commands that carried a PIN (an empty VERIFY only asks for the tries left). */
const pinVerifications = () =>
  stack.card.model.apduLog.filter((entry) => entry.ins === 0x20 && entry.command.length > 10);

/** The PIN window's phase once it left "queued" / "checking": ready for a PIN, or already failed. */
async function settledPhase(pinWindow: Page): Promise<string> {
  for (let i = 0; i < 150; i++) {
    const phase = await pinWindowPhase(pinWindow).catch(() => "closed");
    if (["ready", "failed", "done", "closed"].includes(phase)) return phase;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return pinWindowPhase(pinWindow);
}

describe.each(BROWSER_KINDS)("an expired certificate, in %s", (kind) => {
  let fixture: FlowFixture;
  beforeAll(async () => {
    fixture = await startFlowFixture(kind, stack.readerName);
  });
  afterAll(() => fixture?.close());

  it("stops at ② with the message that the certificate has expired, before any PIN reaches the card", async () => {
    const { page, applicationId } = await fillAndApply(fixture.walk);
    await page.click("#read-with-reader");
    await waitForModal(page, "sign");
    const verificationsBefore = pinVerifications().length;
    const before = await openPages(fixture.target);
    await page.click("#sign-ok");
    const pinWindow = await waitForExtensionWindow(fixture.target, "pages/pin/", { exclude: before });
    const phase = await settledPhase(pinWindow);
    if (phase === "ready") await submitPin(pinWindow, CARD_PINS.sign);

    const state = await waitForFlowState(page);
    expect(state).toMatchObject({ kind: "modal", step: "sign" });
    expect(state.kind === "modal" ? state.error : "").toContain(ERROR_CATALOGUE.CERT_EXPIRED.ja);
    expect(pinVerifications().length).toBe(verificationsBefore);
    expect(stack.card.model.triesLeft("sign")).toBe(5);
    expect(verificationsOf(fixture.site, applicationId).filter((r) => r.ok)).toEqual([]);
    expect(fixture.site.state.applications.get(applicationId)?.state).toBe("sign");
    if (!pinWindow.isClosed()) await pinWindow.close();
    await page.close();
  });

  it("the first-run guide fails the certificate step with the expired message and its fix, spending no try", async () => {
    const verificationsBefore = pinVerifications().length;
    const guide = await openExtensionPageRetrying(fixture.target, "pages/guide/index.html");
    const steps = await readGuide(guide);
    expect(stepStates(steps)).toEqual(["host:ok", "pcsc:ok", "readers:ok", "card:ok", "cert:failed"]);
    expect(steps[4]?.fix).toBe(ERROR_CATALOGUE.CERT_EXPIRED.ja);
    expect(pinVerifications().length).toBe(verificationsBefore);
    await saveScreenshot(fixture.target, guide, "first-run-guide-expired-ja");
    await guide.close();
  });
});
