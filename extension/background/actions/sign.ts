// SPDX-License-Identifier: MIT
/** Mode 02, electronic signature: each digest signed with the signing key under one VERIFY of the sign password. */
import type { PageSignReply } from "../../common/page-replies";
import { precheckAfterSignature } from "../precheck/precheck-after-signature";
import type { PageRequestOf, PreparedAction } from "./card-action";

/**
 * After a successful signature the card's basic 4 facts go to the profiles pre-check (never to the page), which
 * offers to fix a saved owner that differs from the card, so the site's re-signature step does not recur.
 */
export function prepareSign(request: PageRequestOf<"02">, tabId: number): PreparedAction {
  const digests = typeof request.digest === "string" ? [request.digest] : request.digest;
  return {
    operation: "sign",
    pinKind: "sign",
    digests,
    async run(host, { pin, confirmLastTry, reader }) {
      const result = await host.request({ command: "sign", digests, pin, confirmLastTry, reader });
      void precheckAfterSignature(tabId, result.holder);
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
