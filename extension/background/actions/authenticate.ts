// SPDX-License-Identifier: MIT
/** Mode 01, user authentication: the digest signed with the authentication key (4-digit PIN). */
import type { PageAuthReply } from "../../common/page-replies";
import type { PageRequestOf, PreparedAction } from "./card-action";

export function prepareAuthenticate(request: PageRequestOf<"01">): PreparedAction {
  return {
    operation: "authenticate",
    pinKind: "auth",
    digests: [request.digest],
    async run(host, { pin, confirmLastTry, reader }) {
      const result = await host.request({
        command: "authenticate",
        digest: request.digest,
        pin,
        confirmLastTry,
        reader,
      });
      const reply: PageAuthReply = {
        mode: "01",
        result: "0",
        uuid: result.uuid,
        signature: result.signature,
        certificate: result.certificate,
        combination_code: result.combination_code,
      };
      return reply;
    },
  };
}
