// SPDX-License-Identifier: MIT
/**
 * Which tabs signed a moment ago: a further signature request from such a tab is DIPS-REG's step ③ (the site
 * rebuilt the application data with the card's basic 4 facts and asks again), and the PIN window says so. Kept in
 * session storage, not in the service worker's memory: the browser may stop an idle background between ② and ③
 * (the applicant reads the site's comparison first), and the window must still name the step the site is at.
 * Session storage is cleared when the browser closes, as a tab id means nothing after that.
 */
import browser from "webextension-polyfill";
import { z } from "zod";

/** How long after a signature a further one from the same tab counts as step ③. */
const SIGN_AGAIN_WINDOW_MS = 15 * 60_000;

/** `storage.session` key: tab id → when its last signature succeeded (ms since the epoch). */
export const SIGNED_AT_KEY = "signedAt";

const SignedAtSchema = z.record(z.string(), z.number());

async function readSignedAt(now: number): Promise<Record<string, number>> {
  const stored = await browser.storage.session.get(SIGNED_AT_KEY);
  const parsed = SignedAtSchema.safeParse(stored[SIGNED_AT_KEY]);
  // Entries older than the window are of no further use: dropped whenever the record is read.
  return Object.fromEntries(
    Object.entries(parsed.success ? parsed.data : {}).filter(([, at]) => now - at <= SIGN_AGAIN_WINDOW_MS),
  );
}

/** A signature for `tabId` succeeded. */
export async function recordSignature(tabId: number, now = Date.now()): Promise<void> {
  const signedAt = await readSignedAt(now);
  await browser.storage.session.set({ [SIGNED_AT_KEY]: { ...signedAt, [tabId]: now } });
}

/** Whether a signature request from `tabId` now is a second one (step ③). */
export async function isSignAgain(tabId: number, now = Date.now()): Promise<boolean> {
  return (await readSignedAt(now))[tabId] !== undefined;
}
