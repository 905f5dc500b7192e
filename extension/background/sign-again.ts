// SPDX-License-Identifier: MIT
/**
 * Which tabs signed a moment ago: a further signature request from such a tab is DIPS-REG's step ③ (the site
 * rebuilt the application data with the card's basic 4 facts and asks again), and the PIN window says so. Kept in
 * memory only: a restarted service worker forgets it, and the window then shows the plain step ② wording.
 */

/** How long after a signature a further one from the same tab counts as step ③. */
const SIGN_AGAIN_WINDOW_MS = 15 * 60_000;

const signedAt = new Map<number, number>();

/** A signature for `tabId` succeeded. */
export function recordSignature(tabId: number, now = Date.now()): void {
  signedAt.set(tabId, now);
}

/** Whether a signature request from `tabId` now is a second one (step ③). */
export function isSignAgain(tabId: number, now = Date.now()): boolean {
  const last = signedAt.get(tabId);
  if (last !== undefined && now - last > SIGN_AGAIN_WINDOW_MS) signedAt.delete(tabId);
  return last !== undefined && now - last <= SIGN_AGAIN_WINDOW_MS;
}
