// SPDX-License-Identifier: MIT
/**
 * What the register's e2e tests read and set through one of the extension's own pages: the stored register, the
 * toolbar badge, the open notifications, the reminders' last check, and the test-clock build's clock.
 */
import type { Page } from "puppeteer-core";
import { TEST_CLOCK_STORAGE_KEY } from "../../../extension/registrations/extension-clock";
import { REGISTER_KEY } from "../../../extension/registrations/register-storage";
import { REMINDER_CHECKED_KEY } from "../../../extension/registrations/reminder-keys";
import { RegisterSchema, type Register } from "../../../extension/registrations/model/registrations";

interface ExtensionApi {
  storage: Record<
    "local" | "session",
    { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> }
  >;
  action: { getBadgeText(details: object): Promise<string> };
  notifications: {
    getAll(): Promise<Record<string, unknown>>;
    clear(id: string): Promise<boolean>;
    onClosed: { addListener(listener: (id: string) => void): void };
  };
}

/** The register as stored in the clear (the tests set no passphrase); null when none is stored. */
export async function storedRegister(page: Page): Promise<Register | null> {
  const stored = await readArea(page, "local", REGISTER_KEY);
  if (typeof stored !== "object" || stored === null || !("register" in stored)) return null;
  return RegisterSchema.parse(stored.register);
}

/** When the reminders last checked, on the extension's clock (null before the first check). */
export async function reminderCheckedAt(page: Page): Promise<string | null> {
  const checkedAt = await readArea(page, "session", REMINDER_CHECKED_KEY);
  return typeof checkedAt === "string" ? checkedAt : null;
}

function readArea(page: Page, area: "local" | "session", key: string): Promise<unknown> {
  return page.evaluate(
    async (which, wanted) => {
      const ext = (Reflect.get(globalThis, "browser") ?? Reflect.get(globalThis, "chrome")) as ExtensionApi;
      return (await ext.storage[which].get(wanted))[wanted];
    },
    area,
    key,
  );
}

/** Moves the test-clock build's clock to `instant` (ISO 8601); the background checks the reminders at once. */
export async function setTestClock(page: Page, instant: string): Promise<void> {
  await page.evaluate(
    async (key, value) => {
      const ext = (Reflect.get(globalThis, "browser") ?? Reflect.get(globalThis, "chrome")) as ExtensionApi;
      await ext.storage.local.set({ [key]: value });
    },
    TEST_CLOCK_STORAGE_KEY,
    instant,
  );
}

export function badgeText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const ext = (Reflect.get(globalThis, "browser") ?? Reflect.get(globalThis, "chrome")) as ExtensionApi;
    return ext.action.getBadgeText({});
  });
}

/**
 * Starts recording the extension's notifications in `page`: those still shown, and those already closed (headless
 * Firefox has no alert display and closes each notification right after it is created).
 */
export async function watchNotifications(page: Page): Promise<void> {
  await page.evaluate(() => {
    const ext = (Reflect.get(globalThis, "browser") ?? Reflect.get(globalThis, "chrome")) as ExtensionApi;
    const closed: string[] = [];
    Reflect.set(window, "closedNotifications", closed);
    ext.notifications.onClosed.addListener((id) => (Reflect.get(window, "closedNotifications") as string[]).push(id));
  });
}

/** Ids of the notifications shown since the last reset (watchNotifications), sorted and without repeats. */
export async function notificationIds(page: Page): Promise<string[]> {
  const ids = await page.evaluate(async () => {
    const ext = (Reflect.get(globalThis, "browser") ?? Reflect.get(globalThis, "chrome")) as ExtensionApi;
    const closed = (Reflect.get(window, "closedNotifications") as string[] | undefined) ?? [];
    return [...Object.keys(await ext.notifications.getAll()), ...closed];
  });
  return [...new Set(ids)].sort();
}

/** Dismisses the extension's notifications, as a user closing them would, and resets the record. */
export async function clearNotifications(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const ext = (Reflect.get(globalThis, "browser") ?? Reflect.get(globalThis, "chrome")) as ExtensionApi;
    for (const id of Object.keys(await ext.notifications.getAll())) await ext.notifications.clear(id);
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  await page.evaluate(() => (Reflect.get(window, "closedNotifications") as string[]).splice(0));
}
