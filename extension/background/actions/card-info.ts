// SPDX-License-Identifier: MIT
/** Mode 04, card-info input support: the basic 4 facts, each as the hex of its UTF-8 text. */
import type { PageCardInfoReply } from "../../common/page-replies";
import type { PreparedAction } from "./card-action";

export function prepareCardInfo(): PreparedAction {
  return {
    operation: "card-info",
    pinKind: "card-info",
    digests: [],
    async run(host, { pin, confirmLastTry, reader }) {
      const result = await host.request({ command: "card-info", pin, confirmLastTry, reader });
      const reply: PageCardInfoReply = {
        mode: "04",
        result: "0",
        uuid: result.uuid,
        name: result.name,
        sex: result.sex,
        address: result.address,
        birthday: result.birthday,
        combination_code: result.combination_code,
      };
      return reply;
    },
  };
}
