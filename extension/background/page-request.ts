// SPDX-License-Identifier: MIT
/**
 * A page request arriving on a content script's port: checks the sender (top frame of an allowlisted origin, as
 * the browser reports it — never what the page says), then runs a PIN session in the card queue and posts exactly
 * one reply (none for mode 05, which closes any PIN window of the tab).
 *
 * A page cannot flood the user with PIN windows: a tab has at most one card request in progress (a further one is
 * answered REQUEST_PENDING at once), and the card queue is bounded (CARD_BUSY beyond it). A refused request opens no
 * window and sends nothing to the host.
 */
import type { Runtime } from "webextension-polyfill";
import type { ErrorCode } from "../../shared/errors/catalogue";
import { CompanionError } from "../../shared/errors/companion-error";
import { ContentToBackgroundSchema, type BackgroundToContent, type PageSummary } from "../../shared/protocol/extension";
import type { PageRequest } from "../../shared/protocol/page";
import { prepareAction } from "./actions/prepare-action";
import { failureReply } from "../common/page-replies";
import type { CardQueue } from "./card-queue";
import { logEvent } from "./log";
import type { NativeHost } from "./native-host";
import { PinSession } from "./pin-session";
import { readBackgroundSettings } from "./background-settings";
import { pinTimeoutOverrideMs } from "./pin-timeout";
import { isSignAgain, recordSignature } from "./sign-again";

export interface BridgeContext {
  readonly host: NativeHost;
  readonly queue: CardQueue;
  /** Sessions by request id, with the tab they belong to. */
  readonly sessions: Map<string, { tabId: number; session: PinSession }>;
}

export function handlePageRequestPort(port: Runtime.Port, context: BridgeContext): void {
  let handled = false;
  port.onMessage.addListener((raw: unknown) => {
    const message = ContentToBackgroundSchema.safeParse(raw);
    if (message.success && message.data.type === "keepalive") return;
    if (handled) return;
    handled = true;
    void serve(port, message.success && message.data.type === "request" ? message.data : null, context);
  });
}

async function serve(
  port: Runtime.Port,
  message: { request: PageRequest; pageSummary: PageSummary } | null,
  context: BridgeContext,
): Promise<void> {
  const [{ settings, language }, userTimeoutMs] = await Promise.all([readBackgroundSettings(), pinTimeoutOverrideMs()]);
  const post = (reply: BackgroundToContent): void => {
    try {
      port.postMessage(reply);
    } catch {
      // The page is gone.
    }
  };
  const origin = senderOrigin(port.sender);
  const tabId = port.sender?.tab?.id;
  if (origin === null || tabId === undefined || !settings.allowlist.includes(origin)) {
    logEvent("origin-refused", { origin });
    return post({ type: "reply", reply: failureReply(undefined, new CompanionError("ORIGIN_NOT_ALLOWED"), language) });
  }
  if (message === null) {
    return post({ type: "reply", reply: failureReply(undefined, new CompanionError("BAD_REQUEST"), language) });
  }
  const { request, pageSummary } = message;
  const action = prepareAction(request, tabId);
  logEvent("page-request", { origin, mode: request.mode, tabId });
  if (action === null) {
    for (const entry of context.sessions.values()) if (entry.tabId === tabId) entry.session.abandon();
    return post({ type: "none" });
  }
  // No await from here to `sessions.set`: requests arriving together are admitted one by one.
  const refusal = admissionRefusal(context, tabId);
  if (refusal !== null) {
    logEvent("request-refused", { origin, mode: request.mode, tabId, code: refusal });
    return post({ type: "reply", reply: failureReply(request.mode, new CompanionError(refusal), language) });
  }
  const requestId = crypto.randomUUID();
  const session = new PinSession({
    requestId,
    origin,
    mode: request.mode,
    action,
    pageSummary,
    host: context.host,
    reader: settings.readerName ?? undefined,
    language,
    signAgain: request.mode === "02" && isSignAgain(tabId),
    userTimeoutMs,
  });
  context.sessions.set(requestId, { tabId, session });
  port.onDisconnect.addListener(() => session.abandon());
  try {
    // The window opens while the card is asked for tries left: the user sees it ready the sooner.
    await Promise.all([session.open(), context.queue.run(() => session.start())]);
  } catch (error) {
    logEvent("pin-window-failed", { requestId, message: String(error) });
    session.abandon();
  } finally {
    context.sessions.delete(requestId);
  }
  const reply = await session.reply;
  if (request.mode === "02" && reply.result === "0") recordSignature(tabId);
  post({ type: "reply", reply });
}

/** Why a card request of this tab may not start now, or null: one pending request per tab, then room in the queue. */
function admissionRefusal(context: BridgeContext, tabId: number): ErrorCode | null {
  for (const entry of context.sessions.values()) if (entry.tabId === tabId) return "REQUEST_PENDING";
  return context.queue.full ? "CARD_BUSY" : null;
}

/** The origin of the sender's top frame, from the browser's own record of the sender; null for subframes. */
export function senderOrigin(sender: Runtime.MessageSender | undefined): string | null {
  if (sender?.url === undefined || sender.frameId !== 0) return null;
  try {
    return new URL(sender.url).origin;
  } catch {
    return null;
  }
}
