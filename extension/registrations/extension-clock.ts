// SPDX-License-Identifier: MIT
/**
 * "Now" for the register's reminders. In the release build this is the computer's clock and nothing else: the
 * test override below sits behind the compile-time constant `__DIPS_TEST_CLOCK__` (extension/vite-plugins/
 * build-variant.ts), which is false there, so the bundler removes it and no page, message or storage value can
 * move the clock. Only the e2e tests' build reads a fixed instant from `storage.local`.
 */
import { z } from "zod";

/** `storage.local` key of the test build's clock (an ISO 8601 instant). Absent from release bundles. */
export const TEST_CLOCK_STORAGE_KEY = "dipsCompanionTestClockNow";

export async function extensionNow(): Promise<Date> {
  if (__DIPS_TEST_CLOCK__) {
    const stored = (await chrome.storage.local.get(TEST_CLOCK_STORAGE_KEY))[TEST_CLOCK_STORAGE_KEY];
    const parsed = z.iso.datetime().safeParse(stored);
    if (parsed.success) return new Date(parsed.data);
  }
  return new Date();
}

/** Whether a storage change moved the test clock (always false in the release build). */
export function testClockChanged(changes: Record<string, unknown>): boolean {
  return __DIPS_TEST_CLOCK__ && TEST_CLOCK_STORAGE_KEY in changes;
}
