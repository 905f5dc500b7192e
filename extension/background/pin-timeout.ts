// SPDX-License-Identifier: MIT
/**
 * How long the user has to type a PIN: DIPS-REG's 5 minutes (USER_TIMEOUT_MS). Only the e2e tests' test-clock build
 * (extension/vite-plugins/build-variant.ts) can shorten it, from `storage.local`, so that a test can watch the
 * countdown run out; in the release build `__DIPS_TEST_CLOCK__` is false and the bundler removes that code.
 */
import { USER_TIMEOUT_MS } from "./pin-session";

/** `storage.local` key of the test build's PIN timeout (ms). It carries the test-clock marker the build checks for. */
export const TEST_PIN_TIMEOUT_STORAGE_KEY = "dipsCompanionTestClockNowPinTimeoutMs";

export async function pinTimeoutMs(): Promise<number> {
  if (__DIPS_TEST_CLOCK__) {
    const stored = (await chrome.storage.local.get(TEST_PIN_TIMEOUT_STORAGE_KEY))[TEST_PIN_TIMEOUT_STORAGE_KEY];
    if (typeof stored === "number" && stored > 0) return stored;
  }
  return USER_TIMEOUT_MS;
}
