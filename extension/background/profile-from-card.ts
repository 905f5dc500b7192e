// SPDX-License-Identifier: MIT
/**
 * Starts "create from My Number Card" for the options page or the popup: a PIN session (`pin-sessions.ts`) doing a
 * page's mode-04 work, whose window stays open after the card was read to show the facts and ask before saving. One
 * such session at a time; nothing is replied to a web page. Answers at once (the window carries on by itself).
 */
import browser from "webextension-polyfill";
import type { ProfileFromCardReply } from "../protocol/extension";
import { cardFactsView, prepareProfileFromCard } from "./actions/profile-from-card";
import { readBackgroundSettings } from "./background-settings";
import { logEvent } from "./log";
import type { PinSessions } from "./pin-sessions";

/** The owner of this session in `PinSessions`: it belongs to no tab. */
export const EXTENSION_SESSION_TAB = -1;

export async function startProfileFromCard(sessions: PinSessions): Promise<ProfileFromCardReply> {
  const { settings, language } = await readBackgroundSettings();
  const started = sessions.start(
    EXTENSION_SESSION_TAB,
    {
      origin: new URL(browser.runtime.getURL("/")).origin,
      mode: "04",
      action: prepareProfileFromCard(),
      pageSummary: { ownerName: null, uaSerialNumbers: [] },
      reader: settings.readerName ?? undefined,
      language,
      showResult: cardFactsView,
    },
    // The window shows the facts (or a final error such as a blocked PIN) after the card work ended, and may only
    // connect after that.
    { keepUntilWindowGone: true },
  );
  if (started.refused !== null) return { error: { code: started.refused } };
  logEvent("profile-from-card", { requestId: started.requestId });
  return { error: null };
}
