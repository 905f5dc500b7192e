// SPDX-License-Identifier: MIT
/**
 * Starts "create from My Number Card" for the options page or the popup: a PIN session in the card queue, like a
 * page's mode 04, whose window stays open after the card was read to show the facts and ask before saving. One such
 * session at a time; nothing is replied to a web page. Answers at once (the window carries on by itself).
 */
import browser from "webextension-polyfill";
import type { ProfileFromCardReply } from "../../shared/protocol/extension";
import { cardFactsView, prepareProfileFromCard } from "./actions/profile-from-card";
import { readBackgroundSettings } from "./background-settings";
import { logEvent } from "./log";
import type { BridgeContext } from "./page-request";
import { PinSession } from "./pin-session";

/** The `tabId` of this session in `context.sessions`: it belongs to no tab. */
export const EXTENSION_SESSION_TAB = -1;

export async function startProfileFromCard(context: BridgeContext): Promise<ProfileFromCardReply> {
  const { settings, language } = await readBackgroundSettings();
  for (const entry of context.sessions.values()) {
    if (entry.tabId === EXTENSION_SESSION_TAB) return { error: { code: "REQUEST_PENDING" } };
  }
  if (context.queue.full) return { error: { code: "CARD_BUSY" } };
  const requestId = crypto.randomUUID();
  const session = new PinSession({
    requestId,
    origin: new URL(browser.runtime.getURL("/")).origin,
    mode: "04",
    action: prepareProfileFromCard(),
    pageSummary: { ownerName: null, uaSerialNumbers: [] },
    host: context.host,
    reader: settings.readerName ?? undefined,
    language,
    showResult: cardFactsView,
  });
  context.sessions.set(requestId, { tabId: EXTENSION_SESSION_TAB, session });
  logEvent("profile-from-card", { requestId });
  void Promise.all([session.open(), context.queue.run(() => session.start())])
    .catch((error: unknown) => {
      logEvent("pin-window-failed", { requestId, message: String(error) });
      session.abandon();
    })
    // Kept until its window is gone: the window shows the facts (or a final error such as a blocked PIN) after the
    // card work ended, and may only connect after that.
    .then(() => session.windowGone)
    .finally(() => context.sessions.delete(requestId));
  return { error: null };
}
