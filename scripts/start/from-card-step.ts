// SPDX-License-Identifier: MIT
/**
 * `npm start --from-card`: before the walk, the owner profile is created from the card as a new user would — the
 * options page's "Create from My Number Card", the card-info PIN, the facts shown before saving, then Save with the
 * reading, postal code, phone and e-mail the card does not hold. With a real card the user types and saves.
 */
import type { ExtensionBrowser } from "../../test/e2e/support/extension-browser";
import type { IndividualOwner } from "../../extension/profiles/model/profiles";
import { FLOW_PROFILE_SET } from "../../test/drivers/flow-profile";
import { submitPin } from "../../test/drivers/extension-windows";
import { pollForElement } from "../../test/drivers/poll-element";
import { confirmFromCard, openFromCardWindow, waitForSavedOwner } from "../../test/drivers/profile-from-card";
import type { StepRecorder } from "../../test/drivers/step-recorder";

const USER_TIMEOUT_MS = 10 * 60 * 1000;

/** Resolves with the new owner's id; `pin` null: the user types the card-info PIN and saves in the window. */
export async function createOwnerFromCard(
  target: ExtensionBrowser,
  recorder: StepRecorder,
  pin: string | null,
): Promise<string> {
  const pinWindow = await openFromCardWindow(target);
  await recorder.step("from-card-pin", "Create from My Number Card: the card-info PIN in the PIN window", pinWindow);
  if (pin === null) {
    recorder.note("type the card-info PIN, check the facts, add the reading, phone and e-mail, and press Save …");
    return waitForSavedOwner(pinWindow, USER_TIMEOUT_MS);
  }
  await submitPin(pinWindow, pin);
  await pollForElement(pinWindow, "#from-card-save", 30_000);
  await recorder.step("from-card-confirm", "the card's basic 4 facts, shown before anything is saved", pinWindow);
  const sample = FLOW_PROFILE_SET.owners[0] as IndividualOwner;
  const ownerId = await confirmFromCard(pinWindow, {
    mode: "new",
    extras: {
      reading: sample.reading,
      postalCode: sample.address.postalCode,
      phone: sample.phone,
      email: sample.email,
    },
  });
  await recorder.step("from-card-saved", "saved as a new owner profile", pinWindow);
  await pinWindow.close();
  return ownerId;
}
