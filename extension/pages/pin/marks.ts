// SPDX-License-Identifier: MIT
/**
 * Performance marks the PIN window sets (times only, no data): when it first became ready for the PIN and when the
 * user submitted one. A benchmark reads them to tell the user's time from the extension's own.
 */
export const PIN_READY_MARK = "dips-pin-ready";
export const PIN_SUBMITTED_MARK = "dips-pin-submitted";
