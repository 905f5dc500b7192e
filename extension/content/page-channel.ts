// SPDX-License-Identifier: MIT
/**
 * The DOM side of the page protocol: `launchApp` events in, `recvMsg` events out (detail: a JSON string). The
 * page's detail is parsed with zod; anything unreadable gets a failure reply at once.
 */
import type { BridgeErrorCode } from "../../shared/errors/bridge-errors";
import type { Language } from "../../shared/errors/catalogue";
import {
  LAUNCH_EVENT,
  MAX_PAGE_DETAIL_CHARS,
  PageModeSchema,
  PageRequestSchema,
  REPLY_EVENT,
  type PageReply,
  type PageRequest,
} from "../protocol/page";
import { bridgeFailure } from "./bridge-failure";

export type ParsedLaunch = { ok: true; request: PageRequest } | { ok: false; reply: PageReply };

/** Parses a `launchApp` detail; a failure carries the reply to send (UNKNOWN_MODE or BAD_REQUEST). */
export function parseLaunchDetail(detail: unknown, language: Language): ParsedLaunch {
  const fail = (code: BridgeErrorCode, mode?: string): ParsedLaunch => ({
    ok: false,
    reply: bridgeFailure(mode, code, language),
  });
  if (typeof detail !== "string" || detail.length > MAX_PAGE_DETAIL_CHARS) return fail("BAD_REQUEST");
  let json: unknown;
  try {
    json = JSON.parse(detail);
  } catch {
    return fail("BAD_REQUEST");
  }
  const mode = typeof json === "object" && json !== null && "mode" in json ? json.mode : undefined;
  const echoedMode = typeof mode === "string" && mode.length <= 8 ? mode : undefined;
  if (!PageModeSchema.safeParse(mode).success) return fail("UNKNOWN_MODE", echoedMode);
  const parsed = PageRequestSchema.safeParse(json);
  return parsed.success ? { ok: true, request: parsed.data } : fail("BAD_REQUEST", echoedMode);
}

/** Calls `onLaunch` with each `launchApp` detail until the signal aborts. */
export function listenForLaunches(doc: Document, onLaunch: (detail: unknown) => void, signal: AbortSignal): void {
  doc.addEventListener(LAUNCH_EVENT, (event) => onLaunch((event as CustomEvent<unknown>).detail), { signal });
}

export function sendReply(doc: Document, reply: PageReply): void {
  doc.dispatchEvent(new CustomEvent(REPLY_EVENT, { bubbles: true, detail: JSON.stringify(reply) }));
}
