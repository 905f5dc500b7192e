// SPDX-License-Identifier: MIT
/**
 * Messages that reach or leave the page bridge (content script): its port to the background (one per page request)
 * and the popup's tab-status question. Written with `zod/mini` (tree-shakable) because the bridge runs on every
 * allowlisted page load; the rest of the extension's messages are in `extension.ts`, which re-exports these.
 */
import * as z from "zod/mini";
import { isPlainText } from "../common/plain-text";
import { PageReplySchema, PageRequestSchema } from "./page";

/** Port names, so each side can tell who connected. */
export const PORT_NAMES = { pageRequest: "page-request", pinWindow: "pin-window" } as const;

/** While a request is pending, each open port sends a keepalive this often (ms) so the browser keeps the background. */
export const KEEPALIVE_INTERVAL_MS = 10_000;

export const KeepaliveSchema = z.strictObject({ type: z.literal("keepalive") });

/** Caps on what the PIN window shows from the page: owner name and serial length in code points, serial count. */
export const PAGE_SUMMARY_LIMITS = { ownerName: 200, serial: 40, serialCount: 50 } as const;

/** Page text the PIN window may show: plain (no bidi, invisible or control characters), capped in code points. */
const shownText = (maxLength: number) =>
  z.string().check(
    z.maxLength(maxLength * 2),
    z.refine((text) => isPlainText(text) && Array.from(text).length <= maxLength),
  );

/**
 * What the page itself shows about the application, read from its DOM by the content script (best effort). Texts
 * are plain (extension/common/plain-text.ts); a summary holding anything else is refused, never shown.
 */
export const PageSummarySchema = z.strictObject({
  /** Owner name as shown on the page, or null when none was found. */
  ownerName: z.nullable(shownText(PAGE_SUMMARY_LIMITS.ownerName)),
  /** UA serial numbers shown on the page. */
  uaSerialNumbers: z.array(shownText(PAGE_SUMMARY_LIMITS.serial)).check(z.maxLength(PAGE_SUMMARY_LIMITS.serialCount)),
});
export type PageSummary = z.infer<typeof PageSummarySchema>;

// --- content script ↔ background ------------------------------------------------------------------------------

export const ContentToBackgroundSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("request"), request: PageRequestSchema, pageSummary: PageSummarySchema }),
  KeepaliveSchema,
]);
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;

/** `reply` is handed to the page as is; `none` means the page gets no reply (mode 05). */
export const BackgroundToContentSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("reply"), reply: PageReplySchema }),
  z.strictObject({ type: z.literal("none") }),
]);
export type BackgroundToContent = z.infer<typeof BackgroundToContentSchema>;

// --- popup → content ------------------------------------------------------------------------------------------

/** Popup → content script of the active tab. */
export const TabStatusRequestSchema = z.strictObject({ type: z.literal("tab-status") });

export const TabStatusSchema = z.strictObject({
  origin: z.string(),
  /** The origin is on the allowlist (the content script runs on covered hosts, this checks the exact origin). */
  allowlisted: z.boolean(),
  /** Another card app's detection inputs were on the page before ours. */
  otherAppPresent: z.boolean(),
  /** This extension answers the page's requests. */
  answering: z.boolean(),
});
export type TabStatus = z.infer<typeof TabStatusSchema>;
