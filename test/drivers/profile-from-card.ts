// SPDX-License-Identifier: MIT
/**
 * "Create from My Number Card" as a user clicks it: the options page's button, the card-info PIN typed into the
 * extension's PIN window, then the window's confirm-before-save view — a new owner (with what the card does not
 * hold) or an existing owner updated field by field. Resolves with the saved owner's id and the window.
 */
import type { Page } from "puppeteer-core";
import type { Basic4Field } from "../../shared/basic4";
import { openExtensionPage, openOptionsPage, type ExtensionBrowser } from "../e2e/support/extension-browser";
import { openPages, submitPin, waitForExtensionWindow, waitForPinWindow } from "./extension-windows";
import { pollForElement } from "./poll-element";

/** What the user types for a new owner (the card holds no reading, postal code, phone or e-mail). */
export interface NewOwnerExtras {
  readonly reading: string;
  readonly postalCode: string;
  readonly phone: string;
  readonly email: string;
}

export type FromCardChoice =
  | { readonly mode: "new"; readonly extras: NewOwnerExtras }
  | { readonly mode: "update"; readonly ownerId: string; readonly accept: readonly Basic4Field[] };

/**
 * Opens the PIN window with the options page's owner-list button (or the popup's, with `via: "popup"`); resolves once
 * it asks for the card-info PIN, or (with `ready: false`) as soon as it is there (a blocked PIN never gets to "ready").
 */
export async function openFromCardWindow(
  target: ExtensionBrowser,
  { ready = true, via = "options" }: { ready?: boolean; via?: "options" | "popup" } = {},
): Promise<Page> {
  const opener =
    via === "options" ? await openOptionsPage(target) : await openExtensionPage(target, "pages/popup/index.html");
  const button = via === "options" ? "#profiles-from-card" : "#popup-from-card";
  const before = await openPages(target);
  await pollForElement(opener, button, 15_000);
  await opener.click(button);
  const pinWindow = ready
    ? await waitForPinWindow(target, before)
    : await waitForExtensionWindow(target, "pages/pin/", { exclude: before });
  await opener.close();
  return pinWindow;
}

/** After the PIN: waits for the confirm view, makes the choice and saves; resolves with the saved owner's id. */
export async function confirmFromCard(pinWindow: Page, choice: FromCardChoice): Promise<string> {
  await pollForElement(pinWindow, "#from-card-save", 20_000);
  if (choice.mode === "new") {
    await pinWindow.click("#from-card-mode-new");
    for (const [name, value] of Object.entries(choice.extras)) {
      await pinWindow.$eval(
        `#from-card-${name}`,
        (input, text: string) => {
          (input as HTMLInputElement).value = text;
        },
        value,
      );
    }
  } else {
    await pinWindow.click("#from-card-mode-update");
    await pinWindow.select("#from-card-owner", choice.ownerId);
    await pinWindow.$$eval(
      "#from-card-diff input[data-accept]",
      (boxes, accepted) => {
        for (const box of boxes) box.checked = accepted.includes(box.dataset.accept ?? "");
      },
      [...choice.accept] as string[],
    );
  }
  await pinWindow.click("#from-card-save");
  return waitForSavedOwner(pinWindow, 15_000);
}

/** Waits until the window saved a profile (or shows why not); resolves with the saved owner's id. */
export async function waitForSavedOwner(pinWindow: Page, timeout: number): Promise<string> {
  await pollForElement(pinWindow, "#from-card-status[data-saved-id], #from-card-error:not([hidden])", timeout);
  const saved = await pinWindow.$eval("#from-card-status", (element) => (element as HTMLElement).dataset.savedId);
  if (saved === undefined) {
    const error = await pinWindow.$eval("#from-card-error", (element) => element.textContent);
    throw new Error(`the profile was not saved: ${error}`);
  }
  return saved;
}

/** The whole step: open, type the card-info PIN, confirm, save. */
export async function profileFromCard(
  target: ExtensionBrowser,
  pin: string,
  choice: FromCardChoice,
): Promise<{ ownerId: string; pinWindow: Page }> {
  const pinWindow = await openFromCardWindow(target);
  await submitPin(pinWindow, pin);
  return { ownerId: await confirmFromCard(pinWindow, choice), pinWindow };
}
