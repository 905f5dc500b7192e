// SPDX-License-Identifier: MIT
/** Fees in yen for an application made with the My Number Card (docs/ref/site-protocol.md §3). */
export const FEE_FIRST_UA_YEN = 900;
export const FEE_FURTHER_UA_YEN = 890;

/** The fee of one application registering `uaCount` UAs: ¥900 for the first, ¥890 for each further one. */
export function registrationFeeYen(uaCount: number): number {
  if (!Number.isInteger(uaCount) || uaCount < 1) throw new RangeError(`uaCount must be a positive integer: ${uaCount}`);
  return FEE_FIRST_UA_YEN + FEE_FURTHER_UA_YEN * (uaCount - 1);
}
