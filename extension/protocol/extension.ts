// SPDX-License-Identifier: MIT
/**
 * Messages inside the extension: content script ↔ background (a port per page request), PIN window ↔ background
 * (a port per PIN window), and one-shot questions from the popup and options page. Every receiver parses them with
 * these schemas; the PIN crosses only the PIN-window port, and only inside a `submit` message. The messages the page
 * bridge sends or receives live in `content-messages.ts` (zod/mini, for the bridge's size) and are re-exported here.
 */
import { z } from "zod/mini";
import { Basic4Schema } from "../../shared/basic4";
import { LANGUAGES } from "../../shared/errors/catalogue";
import { WireErrorSchema } from "../../shared/errors/companion-error";
import { KeepaliveSchema, PageSummarySchema } from "./content-messages";
import { PinSchema, PinStatusResultSchema, StatusResultSchema } from "../../shared/protocol/native";

export {
  BackgroundToContentSchema,
  ContentToBackgroundSchema,
  KEEPALIVE_INTERVAL_MS,
  PageSummarySchema,
  PORT_NAMES,
  TabStatusRequestSchema,
  TabStatusSchema,
  type BackgroundToContent,
  type ContentToBackground,
  type PageSummary,
  type TabStatus,
} from "./content-messages";

// --- PIN window ↔ background ----------------------------------------------------------------------------------

/** `profile-from-card`: the user asked (options page or popup) to fill an owner profile from the card (mode-04 work). */
export const OperationSchema = z.enum(["sign", "authenticate", "card-info", "profile-from-card"]);
export type Operation = z.infer<typeof OperationSchema>;

/**
 * Where a PIN request stands: `queued` (another tab is using the card), `checking` (asking tries left), `ready`
 * (type the PIN), `working` (the card is busy), `done`, or `failed` (final; `error` says why).
 */
export const PinPhaseSchema = z.enum(["queued", "checking", "ready", "working", "done", "failed"]);
export type PinPhase = z.infer<typeof PinPhaseSchema>;

/** Everything the PIN window shows; the background sends a fresh one on every change. */
export const PinWindowViewSchema = z.strictObject({
  requestId: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The requesting origin, as the browser reported the sender frame. */
  origin: z.string(),
  operation: OperationSchema,
  /** For a signature: a short hex fingerprint (first bytes of SHA-256) of each digest, in request order. */
  digestFingerprints: z.array(z.string()).check(z.maxLength(16)),
  pageSummary: PageSummarySchema,
  phase: PinPhaseSchema,
  pinStatus: z.nullable(PinStatusResultSchema),
  /** The last error (a wrong PIN, no card, …) or the final one when `phase` is `failed`. */
  error: z.nullable(WireErrorSchema),
  /** The UI language the background resolved from the settings: the window shows it without reading them itself. */
  language: z.enum(LANGUAGES),
  /**
   * `profile-from-card` only, once the card was read: the basic 4 facts for the window's confirm-before-save view.
   * Held in memory only (this view and the window); stored nowhere unless the user saves them into a profile.
   */
  cardFacts: z.optional(Basic4Schema),
  /**
   * A signature asked again by the same tab shortly after one succeeded: DIPS-REG's step ③ (the application data
   * rebuilt with the card's basic 4 facts, docs/flow/), which the window explains so that it does not look like a
   * repeat of step ②.
   */
  signAgain: z.optional(z.boolean()),
  /** When the request times out (ms since the epoch): the window counts down to it. Set once the card is ours. */
  expiresAt: z.optional(z.number()),
});
export type PinWindowView = z.infer<typeof PinWindowViewSchema>;

export const PinWindowToBackgroundSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("hello"), requestId: z.string().check(z.minLength(1), z.maxLength(64)) }),
  z.strictObject({ type: z.literal("submit"), pin: PinSchema, confirmLastTry: z.boolean() }),
  z.strictObject({ type: z.literal("cancel") }),
  KeepaliveSchema,
]);
export type PinWindowToBackground = z.infer<typeof PinWindowToBackgroundSchema>;

export const BackgroundToPinWindowSchema = z.strictObject({ type: z.literal("view"), view: PinWindowViewSchema });

// --- popup / options → background -----------------------------------------------------------------------------

export const RuntimeRequestSchema = z.discriminatedUnion("type", [
  /** Diagnostics for the options page: the host's `status`, never spending a try. */
  z.strictObject({ type: z.literal("diagnostics") }),
  /** Re-register content scripts after the allowlist or its permissions changed. */
  z.strictObject({ type: z.literal("sync-content-scripts") }),
  /** Whether a card operation is pending for a tab (popup). */
  z.strictObject({ type: z.literal("pending-operation"), tabId: z.int() }),
  /** Open the PIN window for the card-info PIN, to fill an owner profile from the card (options page, popup). */
  z.strictObject({ type: z.literal("profile-from-card") }),
]);
export type RuntimeRequest = z.infer<typeof RuntimeRequestSchema>;

export const DiagnosticsReplySchema = z.strictObject({
  hostReachable: z.boolean(),
  status: z.nullable(StatusResultSchema),
  /** Why the host could not be asked (HOST_NOT_FOUND, …). */
  error: z.nullable(WireErrorSchema),
  /** Allowlisted origins whose host permission was not granted (the bridge cannot run there). */
  originsWithoutPermission: z.array(z.string()),
});
export type DiagnosticsReply = z.infer<typeof DiagnosticsReplySchema>;

export const PendingOperationReplySchema = z.strictObject({
  operation: z.nullable(OperationSchema),
  phase: z.nullable(PinPhaseSchema),
});
export type PendingOperationReply = z.infer<typeof PendingOperationReplySchema>;

/** Whether the "create from My Number Card" PIN window was opened, or the coded reason it was not. */
export const ProfileFromCardReplySchema = z.strictObject({ error: z.nullable(WireErrorSchema) });
export type ProfileFromCardReply = z.infer<typeof ProfileFromCardReplySchema>;
