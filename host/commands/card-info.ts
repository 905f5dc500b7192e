// SPDX-License-Identifier: MIT
import type { CardInfoRequest, HostResult } from "../../shared/protocol/native";
import { withCardSession } from "../card/card-session";
import { CardInfoAp } from "../card/jpki/card-info-ap";
import { manufactureNumberOf } from "../card/jpki/card-facts-reads";
import { assertWellFormedPin } from "../card/jpki/pin-verification";
import { sessionOptions, type HostContext } from "./host-context";
import { combinationCode } from "./identity";

/** Mode 04: the basic 4 facts from the card-info AP (its own 4-digit PIN), each as hex of its UTF-8 bytes. */
export async function cardInfo(request: CardInfoRequest, context: HostContext): Promise<HostResult<"card-info">> {
  assertWellFormedPin("card-info", request.pin);
  return withCardSession(context.cards, sessionOptions(context, request), async ({ channel, readOptions, facts }) => {
    const manufactureNumber = await manufactureNumberOf(channel, facts);
    const ap = new CardInfoAp(channel, readOptions);
    await ap.select();
    await ap.verifyPin(request.pin, request.confirmLastTry);
    const basic4 = await ap.readFacts();
    const uuid = context.uuid();
    return {
      uuid,
      combination_code: combinationCode(manufactureNumber, uuid),
      name: basic4.name.toString("hex"),
      address: basic4.address.toString("hex"),
      birthday: basic4.birthday.toString("hex"),
      sex: basic4.sex.toString("hex"),
    };
  });
}
