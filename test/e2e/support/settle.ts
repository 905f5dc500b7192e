// SPDX-License-Identifier: MIT
/** Waiting until background work (e.g. the options page's diagnostics) has stopped touching the host and the card. */

/** Returns once `snapshot()` has not changed for 3 s (or after 60 s). */
export async function settle(snapshot: () => string): Promise<void> {
  let last = snapshot();
  let stableSince = Date.now();
  const deadline = Date.now() + 60_000;
  while (Date.now() - stableSince < 3_000 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = snapshot();
    if (now !== last) [last, stableSince] = [now, Date.now()];
  }
}
