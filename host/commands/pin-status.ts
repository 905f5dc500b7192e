// SPDX-License-Identifier: MIT
import type { HostResult, PinStatusRequest } from "../../shared/protocol/native";
import { withCardSession } from "../card/card-session";
import { CardInfoAp } from "../card/jpki/card-info-ap";
import { JpkiAp } from "../card/jpki/jpki-ap";
import { sessionOptions, type HostContext } from "./host-context";

/** Tries left on one PIN, by an empty VERIFY: never spends a try. */
export async function pinStatus(request: PinStatusRequest, context: HostContext): Promise<HostResult<"pin-status">> {
  return withCardSession(context.cards, sessionOptions(context, request), async ({ channel, readOptions }) => {
    if (request.pin === "card-info") {
      const ap = new CardInfoAp(channel, readOptions);
      await ap.select();
      return ap.pinStatus();
    }
    const jpki = new JpkiAp(channel, readOptions);
    await jpki.selectOrRefuse();
    return jpki.pinStatus(request.pin);
  });
}
