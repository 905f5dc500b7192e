// SPDX-License-Identifier: MIT
/**
 * How long the user has to type a PIN is DIPS-REG's 5 minutes (pin-session.ts USER_TIMEOUT_MS). Only the e2e tests'
 * test-clock build (extension/vite-plugins/build-variant.ts) can shorten it, from `storage.local`, so that a test can
 * watch the countdown run out; in the release build `__DIPS_TEST_CLOCK__` is false and the bundler removes that code.
 */

/** `storage.local` key of the test build's PIN timeout (ms). It carries the test-clock marker the build checks for. */
export const TEST_PIN_TIMEOUT_STORAGE_KEY = "dipsCompanionTestClockNowPinTimeoutMs";

/** The test build's shorter timeout, or undefined: the usual 5 minutes. */
export async function pinTimeoutOverrideMs(): Promise<number | undefined> {
  if (__DIPS_TEST_CLOCK__) {
    const stored = (await chrome.storage.local.get(TEST_PIN_TIMEOUT_STORAGE_KEY))[TEST_PIN_TIMEOUT_STORAGE_KEY];
    if (typeof stored === "number" && stored > 0) return stored;
  }
  return undefined;
}
