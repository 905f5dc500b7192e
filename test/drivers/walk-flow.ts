// SPDX-License-Identifier: MIT
/**
 * The whole registration as a user walks it: wizard (filled by the extension's prefill or typed), apply, the
 * mailed confirmation URL, ① precautions, ② signature, ③ when the card's facts differ, ④ authentication,
 * completion (no mark yet, as on DIPS-REG), the fee paid on the practice payment page the fee mail links to, and the
 * list of registered UAs that then shows the marks (where the extension's register captures them). Each step is printed and screenshotted. PINs go into the extension's PIN window: typed by the script
 * (emulated card) or by the user (real card; the script then waits).
 */
import type { Page } from "puppeteer-core";
import type { ExtensionBrowser } from "../e2e/support/extension-browser";
import {
  applyForRegistration,
  clickAndWaitForNavigation,
  confirmEmail,
  nextStep,
  openPayment,
  payAndOpenList,
  waitForCompletion,
  waitForFlowState,
  waitForModal,
} from "./flow-driver";
import { openPages, submitPin, waitForPinWindow } from "./extension-windows";
import type { StepRecorder } from "./step-recorder";

/** Fills STEP 02 – 04 (the page is on that step when called). */
export interface WizardFiller {
  owner(page: Page): Promise<void>;
  uas(page: Page): Promise<void>;
  user(page: Page): Promise<void>;
}

export interface WalkContext {
  readonly target: ExtensionBrowser;
  readonly siteUrl: string;
  readonly lang: "ja" | "en";
  readonly recorder: StepRecorder;
  /** The PINs the script types; null when the user types them in the PIN window. */
  readonly pins: { readonly sign: string; readonly auth: string } | null;
  readonly filler: WizardFiller;
  /**
   * Called once the list of registered UAs shows the application's marks, before the status page is opened (which
   * shows them too): where a caller checks what the extension captured from the list.
   */
  readonly onRegisteredList?: (marks: readonly string[]) => Promise<void>;
}

export interface WalkResult {
  readonly page: Page;
  readonly applicationId: string;
  /** The marks issued once the fee was paid. */
  readonly registrationNumbers: string[];
  /** Whether step ③ happened. */
  readonly resigned: boolean;
}

const USER_PIN_TIMEOUT_MS = 10 * 60 * 1000;

/** Presses the modal's OK, then handles the PIN window; resolves with the page's next state. */
export async function cardStep(
  context: WalkContext,
  page: Page,
  okSelector: string,
  pin: "sign" | "auth",
  label: string,
) {
  const before = await openPages(context.target);
  await page.click(okSelector);
  const pinWindow = await waitForPinWindow(context.target, before, context.pins ? 30_000 : USER_PIN_TIMEOUT_MS);
  await context.recorder.step(
    `pin-${label}`,
    `PIN window (${pin === "sign" ? "signature password" : "user-certification PIN"})`,
    pinWindow,
  );
  if (context.pins) await submitPin(pinWindow, context.pins[pin]);
  else context.recorder.note("type the PIN into the PIN window; waiting …");
  return waitForFlowState(page, context.pins ? 60_000 : USER_PIN_TIMEOUT_MS);
}

/**
 * STEP 01 – 05, apply, and the mailed URL: resolves when ① (precautions) is shown, with the application id.
 */
export async function fillAndApply(context: WalkContext): Promise<{ page: Page; applicationId: string }> {
  const { recorder, target } = context;
  const page = await target.browser.newPage();
  await page.goto(`${context.siteUrl}/?lang=${context.lang}`, { waitUntil: "load" });
  await recorder.step("start", "STEP 01 start (the practice DIPS-REG site)", page);
  await clickAndWaitForNavigation(page, "#begin");
  await context.filler.owner(page);
  await recorder.step("owner", "STEP 02 owner registration (filled from the saved profile)", page);
  await nextStep(page);
  await context.filler.uas(page);
  await recorder.step("uas", "STEP 03 UA registration (two UAs)", page);
  await nextStep(page);
  await context.filler.user(page);
  await recorder.step("user", "STEP 04 user registration", page);
  await nextStep(page);
  await recorder.step("confirmation", "STEP 05 confirmation of the owner, UA and user information", page);

  const applicationId = await applyForRegistration(page);
  await recorder.step("email-waiting", `applied (${applicationId}); waiting for the e-mail confirmation`, page, {
    modal: true,
  });
  const confirmed = await confirmEmail(target.browser, context.siteUrl, applicationId);
  await recorder.step("email-confirmed", "opened the one-time URL from the local outbox", confirmed);
  await confirmed.close();
  await waitForModal(page, "precautions");
  await recorder.step("precautions", "① precautions; the IC-card-reader path is offered", page, { modal: true });
  return { page, applicationId };
}

export async function walkRegistration(context: WalkContext): Promise<WalkResult> {
  const { recorder, target } = context;
  const { page, applicationId } = await fillAndApply(context);
  await page.click("#read-with-reader");
  await waitForModal(page, "sign");
  await recorder.step("sign", "② grant an electronic signature", page, { modal: true });
  let state = await cardStep(context, page, "#sign-ok", "sign", "sign");
  let resigned = false;
  if (state.kind === "modal" && state.step === "resign") {
    resigned = true;
    await recorder.step(
      "resign",
      "③ the card's facts differ: the site replaced them and asks for a second signature",
      page,
      { modal: true },
    );
    state = await cardStep(context, page, "#resign-ok", "sign", "resign");
  }
  if (state.kind !== "modal" || state.step !== "authenticate" || state.error !== null) {
    throw new Error(`expected ④ after the signature, got ${JSON.stringify(state)}`);
  }
  await recorder.step("authenticate", "④ user authentication", page, { modal: true });
  state = await cardStep(context, page, "#authenticate-ok", "auth", "authenticate");
  if (state.kind !== "complete") throw new Error(`expected completion after ④, got ${JSON.stringify(state)}`);
  const shownAtCompletion = await waitForCompletion(page);
  if (shownAtCompletion.length > 0) throw new Error(`the completion page shows marks: ${shownAtCompletion.join(", ")}`);
  await recorder.step("complete", "STEP 06 finalization: no registration mark yet, a fee e-mail follows", page);

  const mails = await target.browser.newPage();
  await mails.goto(`${context.siteUrl}/outbox`, { waitUntil: "load" });
  await recorder.step("fee-mail", "the fee e-mail in the local outbox, with the practice payment link", mails);
  await mails.close();
  const payment = await openPayment(target.browser, context.siteUrl, applicationId);
  await recorder.step("payment", "the practice fee payment (nothing is really paid)", payment);
  const registrationNumbers = await payAndOpenList(payment, context.siteUrl, applicationId);
  await recorder.step(
    "registered-uas",
    `registered UAs: the marks issued after payment (${registrationNumbers.join(", ")}), read by the extension`,
    payment,
  );
  await context.onRegisteredList?.(registrationNumbers);
  await payment.goto(`${context.siteUrl}/status`, { waitUntil: "load" });
  await recorder.step("status", "confirmation of the application status", payment);
  await payment.close();
  return { page, applicationId, registrationNumbers, resigned };
}
