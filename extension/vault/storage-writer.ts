// SPDX-License-Identifier: MIT
/**
 * The one writer of the profiles and the register. Both are read, changed and written whole, so two writers that
 * overlap lose one change (two captures at once keep one), and a capture that read the lock state before a
 * passphrase was set writes the register in the clear after it was sealed. Every write of either, with the lock
 * state it depends on, runs inside `exclusiveWrite`, one after another.
 *
 * In the browser the line is the Web Locks API's exclusive lock of this name: one queue per extension origin, shared
 * by the background (service worker or event page) and every extension page, so a seal on the options page and a
 * capture in the background wait for each other. Where `navigator.locks` is missing (unit tests on Node) a promise
 * chain of this module stands in, one line per JavaScript context.
 *
 * Not reentrant: code inside the line must not call another `exclusiveWrite` (it would wait for itself).
 */

/** Name of the lock every profile and register write holds. */
export const STORAGE_WRITE_LOCK = "dips-companion-profiles-and-register";

let tail: Promise<unknown> = Promise.resolve();

/** Runs `work` once every earlier write has finished, and keeps later writes waiting until it has. */
export function exclusiveWrite<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  // The DOM typing wraps the callback's promise once more; `then` unwraps it.
  if (locks !== undefined) return locks.request(STORAGE_WRITE_LOCK, { mode: "exclusive" }, work).then((value) => value);
  const run = tail.then(work, work);
  tail = run.catch(() => undefined);
  return run;
}
