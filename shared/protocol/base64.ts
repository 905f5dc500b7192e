// SPDX-License-Identifier: MIT
/**
 * Standard base64 with padding, as the page sends digests. Kept apart from the zod schemas so that the page
 * protocol (zod/mini, shipped in the content script) and the native protocol (classic zod) share one definition.
 */

/** Whole-string match of standard base64 (`A–Z a–z 0–9 + /`, `=` padding). */
export const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Longest base64 string accepted anywhere (characters). */
export const MAX_BASE64_CHARS = 4096;

/** The issue message when a string is not base64. */
export const NOT_BASE64 = "not base64";
