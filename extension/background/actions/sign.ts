// SPDX-License-Identifier: MIT
/** Mode 02, electronic signature: each digest signed with the signing key under one VERIFY of the sign password. */
import type { PageSignReply } from "../../common/page-replies";
import type { PageRequestOf, PreparedAction } from "./card-action";

export function prepareSign(request: PageRequestOf<"02">): PreparedAction {
  const digests = typeof request.digest === "string" ? [request.digest] : request.digest;
  return {
    operation: "sign",
    pinKind: "sign",
    digests,
    async run(host, { pin, confirmLastTry, reader }) {
      const result = await host.request({ command: "sign", digests, pin, confirmLastTry, reader });
      const reply: PageSignReply = {
        mode: "02",
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
