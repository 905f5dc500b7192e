// SPDX-License-Identifier: MIT
/**
 * "Create from My Number Card": the same card work as mode 04 (card-info PIN, basic 4 facts through the card-info
 * AP), asked for by the extension's own pages rather than a web page. The facts go to the PIN window for the
 * confirm-before-save view and nowhere else.
 */
import { cardInfoToBasic4 } from "./card-info-facts";
import type { PinWindowView } from "../../protocol/extension";
import type { PageReply } from "../../protocol/page";
import type { PreparedAction } from "./card-action";
import { prepareCardInfo } from "./card-info";

export function prepareProfileFromCard(): PreparedAction {
  return { ...prepareCardInfo(), operation: "profile-from-card" };
}

/** The card's facts for the window's confirm view, from a successful mode-04 reply. */
export function cardFactsView(reply: PageReply): Partial<PinWindowView> {
  if (reply.result !== "0" || reply.mode !== "04") return {};
  return { cardFacts: cardInfoToBasic4(reply) };
}
