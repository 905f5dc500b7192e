// SPDX-License-Identifier: MIT
/**
 * A page request arriving on a content script's port: checks the sender (top frame of an allowlisted origin, as
 * the browser reports it — never what the page says), then asks for a PIN session of its tab (`pin-sessions.ts`,
 * which refuses a second one of the tab and a full card queue) and posts exactly one reply (none for mode 05, which
 * closes any PIN window of the tab).
 */
import type { Runtime } from "webextension-polyfill";
import { CompanionError } from "../../shared/errors/companion-error";
import { ContentToBackgroundSchema, type BackgroundToContent, type PageSummary } from "../protocol/extension";
import type { PageRequest } from "../protocol/page";
import { prepareAction } from "./actions/prepare-action";
import { failureReply } from "../common/page-replies";
import { logEvent } from "./log";
import type { PinSessions } from "./pin-sessions";
import { readBackgroundSettings } from "./background-settings";
import { pinTimeoutOverrideMs } from "./pin-timeout";
import { isSignAgain, recordSignature } from "./sign-again";

export function handlePageRequestPort(port: Runtime.Port, sessions: PinSessions): void {
  let handled = false;
  port.onMessage.addListener((raw: unknown) => {
    const message = ContentToBackgroundSchema.safeParse(raw);
    if (message.success && message.data.type === "keepalive") return;
    if (handled) return;
    handled = true;
    void serve(port, message.success && message.data.type === "request" ? message.data : null, sessions);
  });
}

async function serve(
  port: Runtime.Port,
  message: { request: PageRequest; pageSummary: PageSummary } | null,
  sessions: PinSessions,
): Promise<void> {
  const tabId = port.sender?.tab?.id;
  const [{ settings, language }, userTimeoutMs, signedBefore] = await Promise.all([
    readBackgroundSettings(),
    pinTimeoutOverrideMs(),
    tabId === undefined ? false : isSignAgain(tabId),
  ]);
  const post = (reply: BackgroundToContent): void => {
    try {
      port.postMessage(reply);
    } catch {
      // The page is gone.
    }
  };
  const origin = senderOrigin(port.sender);
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
    sessions.abandon(tabId);
    return post({ type: "none" });
  }
  const started = sessions.start(tabId, {
    origin,
    mode: request.mode,
    action,
    pageSummary,
    reader: settings.readerName ?? undefined,
    language,
    signAgain: request.mode === "02" && signedBefore,
    userTimeoutMs,
  });
  if (started.refused !== null) {
    logEvent("request-refused", { origin, mode: request.mode, tabId, code: started.refused });
    return post({ type: "reply", reply: failureReply(request.mode, new CompanionError(started.refused), language) });
  }
  const { session, ended } = started;
  port.onDisconnect.addListener(() => session.abandon());
  await ended;
  const reply = await session.reply;
  // Recorded before the reply goes out, as the site may ask for ③ as soon as it has the reply; a failure to record
  // costs only the ③ wording, never the reply.
  if (request.mode === "02" && reply.result === "0") await recordSignature(tabId).catch(() => undefined);
  post({ type: "reply", reply });
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
