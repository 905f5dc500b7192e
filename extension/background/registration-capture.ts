// SPDX-License-Identifier: MIT
/**
 * Receives what the capture script read on a DIPS-REG page (list of registered UAs, application status) and records
 * it in the register.
 * Only the top frame of a tab on an allowlisted origin (as the browser reports the sender, not as the page says)
 * is heard; the message is parsed whole, and anything else changes nothing.
 */
import browser, { type Runtime } from "webextension-polyfill";
import { RegistrationsSeenSchema, type RegistrationsSeen } from "../protocol/registration-capture";
import { errorMessage } from "../../shared/errors/catalogue";
import { CompanionError } from "../../shared/errors/companion-error";
import { dateInJapan } from "../registrations/model/registration-expiry";
import { registerMessages, setLanguage, t } from "../i18n/translate";
import { ProfileStore } from "../profiles/profile-store";
import { loadManagedPolicy } from "../settings/managed-store";
import { mergeManagedProfiles } from "../settings/managed-policy";
import { entriesFromSeen } from "../registrations/capture-entries";
import { extensionNow } from "../registrations/extension-clock";
import { REGISTER_MESSAGES } from "../registrations/register-messages";
import { RegisterStore } from "../registrations/register-store";
import { readBackgroundSettings } from "./background-settings";
import { logEvent } from "./log";

registerMessages(REGISTER_MESSAGES);

/** Prefix of the notification that says a page's capture was refused (not a reminder: a click opens nothing). */
const CAPTURE_REFUSED_NOTIFICATION = "dips-companion-capture-refused-";

/** The sender's origin if it is an allowlisted page's top frame, else null. */
async function allowedSenderOrigin(sender: Runtime.MessageSender): Promise<string | null> {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || sender.frameId !== 0) return null;
  if (sender.url === undefined) return null;
  const origin = new URL(sender.url).origin;
  const { settings } = await readBackgroundSettings();
  return settings.allowlist.includes(origin) ? origin : null;
}

async function uaProfiles(): Promise<{ id: string; serialNumber: string }[]> {
  const user = await new ProfileStore().load().catch(() => ({ version: 1 as const, owners: [], uas: [] }));
  return mergeManagedProfiles(user, (await loadManagedPolicy()).profiles).uas;
}

async function record(seen: RegistrationsSeen): Promise<void> {
  const now = await extensionNow();
  const entries = entriesFromSeen(seen, { now: now.toISOString(), uas: await uaProfiles() });
  if (entries.length === 0) return;
  try {
    const { outcome, kept } = await new RegisterStore().record(entries, dateInJapan(now));
    logEvent("registrations-captured", { page: seen.page, count: entries.length, kept, outcome });
  } catch (error) {
    if (!(error instanceof CompanionError) || error.code !== "REGISTER_CAPTURE_TOO_MANY") throw error;
    logEvent("registrations-refused", { page: seen.page, count: entries.length, code: error.code });
    await tellTooMany();
  }
}

/** Tells the user that a page's capture was refused as a whole, in our own words only. */
async function tellTooMany(): Promise<void> {
  const { language } = await readBackgroundSettings();
  setLanguage(language);
  await browser.notifications.create(`${CAPTURE_REFUSED_NOTIFICATION}${Date.now()}`, {
    type: "basic",
    iconUrl: browser.runtime.getURL("icons/icon-128.png"),
    title: t("register.notify.tooManyTitle"),
    message: errorMessage("REGISTER_CAPTURE_TOO_MANY", language),
  });
}

/** Listens for the capture script's message (see extension/protocol/registration-capture.ts). */
export function listenForRegistrationCaptures(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    const seen = RegistrationsSeenSchema.safeParse(raw);
    if (!seen.success) return undefined;
    const handled = allowedSenderOrigin(sender).then((origin) => (origin === null ? undefined : record(seen.data)));
    return handled.then(
      () => ({ ok: true }),
      (error: unknown) => {
        console.warn("DIPS Companion: could not record the registrations", error);
        return { ok: false };
      },
    );
  });
}
