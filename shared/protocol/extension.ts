// SPDX-License-Identifier: MIT
/**
 * Messages inside the extension: content script ↔ background (a port per page request), PIN window ↔ background
 * (a port per PIN window), and one-shot questions from the popup and options page. Every receiver parses them with
 * these schemas; the PIN crosses only the PIN-window port, and only inside a `submit` message.
 */
import { z } from "zod";
import { WireErrorSchema } from "../errors/companion-error";
import { PageReplySchema, PageRequestSchema } from "./page";
import { PinSchema, PinStatusResultSchema, StatusResultSchema } from "./native";

/** Port names, so each side can tell who connected. */
export const PORT_NAMES = { pageRequest: "page-request", pinWindow: "pin-window" } as const;

/** While a request is pending, each open port sends a keepalive this often (ms) so the browser keeps the background. */
export const KEEPALIVE_INTERVAL_MS = 10_000;

const KeepaliveSchema = z.object({ type: z.literal("keepalive") }).strict();

/** What the page itself shows about the application, read from its DOM by the content script (best effort). */
export const PageSummarySchema = z
  .object({
    /** Owner name as shown on the page, or null when none was found. */
    ownerName: z.string().max(200).nullable(),
    /** UA serial numbers shown on the page. */
    uaSerialNumbers: z.array(z.string().max(40)).max(50),
  })
  .strict();
export type PageSummary = z.infer<typeof PageSummarySchema>;

// --- content script ↔ background ------------------------------------------------------------------------------

export const ContentToBackgroundSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("request"), request: PageRequestSchema, pageSummary: PageSummarySchema }).strict(),
  KeepaliveSchema,
]);
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;

/** `reply` is handed to the page as is; `none` means the page gets no reply (mode 05). */
export const BackgroundToContentSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("reply"), reply: PageReplySchema }).strict(),
  z.object({ type: z.literal("none") }).strict(),
]);
export type BackgroundToContent = z.infer<typeof BackgroundToContentSchema>;

// --- PIN window ↔ background ----------------------------------------------------------------------------------

export const OperationSchema = z.enum(["sign", "authenticate", "card-info"]);
export type Operation = z.infer<typeof OperationSchema>;

/**
 * Where a PIN request stands: `queued` (another tab is using the card), `checking` (asking tries left), `ready`
 * (type the PIN), `working` (the card is busy), `done`, or `failed` (final; `error` says why).
 */
export const PinPhaseSchema = z.enum(["queued", "checking", "ready", "working", "done", "failed"]);
export type PinPhase = z.infer<typeof PinPhaseSchema>;

/** Everything the PIN window shows; the background sends a fresh one on every change. */
export const PinWindowViewSchema = z
  .object({
    requestId: z.string().min(1).max(64),
    /** The requesting origin, as the browser reported the sender frame. */
    origin: z.string(),
    operation: OperationSchema,
    /** For a signature: a short hex fingerprint (first bytes of SHA-256) of each digest, in request order. */
    digestFingerprints: z.array(z.string()).max(16),
    pageSummary: PageSummarySchema,
    phase: PinPhaseSchema,
    pinStatus: PinStatusResultSchema.nullable(),
    /** The last error (a wrong PIN, no card, …) or the final one when `phase` is `failed`. */
    error: WireErrorSchema.nullable(),
  })
  .strict();
export type PinWindowView = z.infer<typeof PinWindowViewSchema>;

export const PinWindowToBackgroundSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("hello"), requestId: z.string().min(1).max(64) }).strict(),
  z.object({ type: z.literal("submit"), pin: PinSchema, confirmLastTry: z.boolean() }).strict(),
  z.object({ type: z.literal("cancel") }).strict(),
  KeepaliveSchema,
]);
export type PinWindowToBackground = z.infer<typeof PinWindowToBackgroundSchema>;

export const BackgroundToPinWindowSchema = z.object({ type: z.literal("view"), view: PinWindowViewSchema }).strict();

// --- popup / options → background, popup → content ------------------------------------------------------------

export const RuntimeRequestSchema = z.discriminatedUnion("type", [
  /** Diagnostics for the options page: the host's `status`, never spending a try. */
  z.object({ type: z.literal("diagnostics") }).strict(),
  /** Re-register content scripts after the allowlist or its permissions changed. */
  z.object({ type: z.literal("sync-content-scripts") }).strict(),
  /** Whether a card operation is pending for a tab (popup). */
  z.object({ type: z.literal("pending-operation"), tabId: z.number().int() }).strict(),
]);
export type RuntimeRequest = z.infer<typeof RuntimeRequestSchema>;

export const DiagnosticsReplySchema = z
  .object({
    hostReachable: z.boolean(),
    status: StatusResultSchema.nullable(),
    /** Why the host could not be asked (HOST_NOT_FOUND, …). */
    error: WireErrorSchema.nullable(),
    /** Allowlisted origins whose host permission was not granted (the bridge cannot run there). */
    originsWithoutPermission: z.array(z.string()),
  })
  .strict();
export type DiagnosticsReply = z.infer<typeof DiagnosticsReplySchema>;

export const PendingOperationReplySchema = z
  .object({ operation: OperationSchema.nullable(), phase: PinPhaseSchema.nullable() })
  .strict();
export type PendingOperationReply = z.infer<typeof PendingOperationReplySchema>;

/** Popup → content script of the active tab. */
export const TabStatusRequestSchema = z.object({ type: z.literal("tab-status") }).strict();

export const TabStatusSchema = z
  .object({
    origin: z.string(),
    /** The origin is on the allowlist (the content script runs on covered hosts, this checks the exact origin). */
    allowlisted: z.boolean(),
    /** Another card app's detection inputs were on the page before ours. */
    otherAppPresent: z.boolean(),
    /** This extension answers the page's requests. */
    answering: z.boolean(),
  })
  .strict();
export type TabStatus = z.infer<typeof TabStatusSchema>;
