// SPDX-License-Identifier: MIT
/**
 * The register's reminders: the toolbar badge counts the registrations in their renewal window, and each of them
 * gets a browser notification at most once a day (the day last notified is kept per registration in
 * `storage.local`, under a hash of its mark, so the rule holds across service-worker restarts and never puts a mark
 * in the clear beside a locked register). Both are off when the user or a policy turns `renewalReminders` off.
 * Checked at start-up, on a periodic alarm, and whenever the register, the settings or the policy change.
 */
import browser from "webextension-polyfill";
import { z } from "zod";
import { dateInJapan } from "../registrations/model/registration-expiry";
import type { Registration } from "../registrations/model/registrations";
import { registerMessages, setLanguage } from "../i18n/translate";
import { DIPS_REG_URL } from "../registrations/dips-reg";
import { extensionNow, testClockChanged } from "../registrations/extension-clock";
import { REGISTER_KEY } from "../registrations/register-storage";
import { USER_SETTINGS_KEY } from "../settings/settings-store";
import { REGISTER_MESSAGES } from "../registrations/register-messages";
import { RegisterStore } from "../registrations/register-store";
import {
  NOTIFICATION_PREFIX,
  REMINDER_ALARM,
  REMINDER_CHECKED_KEY,
  REMINDER_STATE_KEY,
} from "../registrations/reminder-keys";
import { dueForRenewal, toNotifyToday } from "../registrations/renewal-due";
import { reminderText } from "../registrations/reminder-text";
import { readBackgroundSettings } from "./background-settings";

registerMessages(REGISTER_MESSAGES);

const NotifiedSchema = z.record(z.string().regex(/^[0-9a-f]{64}$/), z.iso.date());

async function markHash(mark: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`dips-companion-register:${mark}`));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

let checking: Promise<void> = Promise.resolve();

/** Brings the badge and notifications up to date; calls run one after the other. */
export function checkRenewalReminders(): Promise<void> {
  checking = checking.then(check, check).catch((error: unknown) => {
    console.warn("DIPS Companion: renewal reminder check failed", error);
  });
  return checking;
}

async function check(): Promise<void> {
  const { settings, language } = await readBackgroundSettings();
  setLanguage(language);
  const now = await extensionNow();
  const stored = NotifiedSchema.safeParse((await browser.storage.local.get(REMINDER_STATE_KEY))[REMINDER_STATE_KEY]);
  const notified = stored.success ? stored.data : {};
  // The notified days are written only when they change; the time of the check goes to session storage.
  const save = async (next: Record<string, string>) => {
    if (JSON.stringify(next) !== JSON.stringify(notified))
      await browser.storage.local.set({ [REMINDER_STATE_KEY]: next });
    await browser.storage.session.set({ [REMINDER_CHECKED_KEY]: now.toISOString() });
  };
  if (!settings.renewalReminders) {
    await showBadge(0);
    return save(notified);
  }
  let register;
  try {
    register = await new RegisterStore().load();
  } catch {
    return; // Locked (or unreadable): leave the badge as it was; the next unlocked check updates it.
  }
  const today = dateInJapan(now);
  const due = dueForRenewal(register, today, settings.renewalLeadDays);
  await showBadge(due.length);

  const hashes = new Map(
    await Promise.all(due.map(async (entry) => [entry.mark, await markHash(entry.mark)] as const)),
  );
  const hashOf = (mark: string) => hashes.get(mark) ?? "";
  const fresh = toNotifyToday(due, today, (mark) => notified[hashOf(mark)]);
  // Only registrations still due are kept; the record is written before notifying, so a crash never notifies twice.
  const next: Record<string, string> = {};
  for (const entry of due) {
    const day = fresh.includes(entry) ? today : notified[hashOf(entry.mark)];
    if (day !== undefined) next[hashOf(entry.mark)] = day;
  }
  await save(next);
  for (const entry of fresh) await notify(entry, today);
}

async function showBadge(count: number): Promise<void> {
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : "" });
  if (count > 0) await browser.action.setBadgeBackgroundColor({ color: "#b3261e" });
}

async function notify(entry: Registration, today: string): Promise<void> {
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${entry.mark}`, {
    type: "basic",
    iconUrl: browser.runtime.getURL("icons/icon-128.png"),
    ...reminderText(entry, today),
  });
}

/** Starts the reminders: listeners for the alarm and for clicks (which open DIPS-REG), and the periodic alarm. */
export function startRenewalReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void checkRenewalReminders();
  });
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    void browser.tabs.create({ url: DIPS_REG_URL });
    void browser.notifications.clear(id);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    const relevant =
      area === "managed" ||
      (area === "local" && (REGISTER_KEY in changes || USER_SETTINGS_KEY in changes || testClockChanged(changes)));
    if (relevant) void checkRenewalReminders();
  });
  browser.runtime.onStartup.addListener(() => void checkRenewalReminders());
  browser.runtime.onInstalled.addListener(() => void checkRenewalReminders());
  // Every six hours: a new day's reminders arrive within hours of midnight, still at most one a day.
  void browser.alarms.get(REMINDER_ALARM).then((existing) => {
    if (existing === undefined) void browser.alarms.create(REMINDER_ALARM, { delayInMinutes: 1, periodInMinutes: 360 });
  });
}
