// SPDX-License-Identifier: MIT
/**
 * The words of a renewal reminder. A notification carries our name and icon, so it is made of our own texts plus
 * values whose form the schema fixes (the mark: JU + 10 of 0–9 A–Z; dates; a number), never of text a page showed
 * (manufacturer, model, serial number): a page of an allowlisted origin could otherwise write "Click here:
 * https://…" into a message that reads as ours (docs/security.md, "register integrity").
 */
import { daysLeft } from "./model/registration-expiry";
import type { Registration } from "./model/registrations";
import { registerMessages, t } from "../i18n/translate";
import { REGISTER_MESSAGES } from "./register-messages";
import { hadRemoteIdExemption } from "./renewal-due";

registerMessages(REGISTER_MESSAGES);

/** Title and body of the reminder for `entry` on `today` (yyyy-mm-dd in Japan), in the current language. */
export function reminderText(entry: Registration, today: string): { title: string; message: string } {
  return {
    title: t("register.notify.title", { mark: entry.mark }),
    message: t("register.notify.body", {
      mark: entry.mark,
      date: entry.expiryDate,
      count: daysLeft(entry.expiryDate, today),
      remoteId: hadRemoteIdExemption(entry) ? t("register.notify.remoteId") : "",
    }),
  };
}
