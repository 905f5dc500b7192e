// SPDX-License-Identifier: MIT
import type { AuthenticateRequest, HostResult } from "../../shared/protocol/native";
import { StaleCardFacts, withCardSession } from "../card/card-session";
import { assertIssuedOnCard, certificateOf, manufactureNumberOf } from "../card/jpki/card-facts-reads";
import { JpkiAp } from "../card/jpki/jpki-ap";
import { assertWellFormedPin } from "../card/jpki/pin-verification";
import { assertValidAt } from "../pki/certificate-checks";
import { sessionOptions, type HostContext } from "./host-context";
import { combinationCode, decodeDigest, unpaddedBase64 } from "./identity";

/**
 * Mode 01: sign one digest with the user-authentication key. The free auth certificate is checked (validity, chain
 * to the auth CA) before the PIN is used. Certificates, the chain check and the manufacture number are reused within
 * one card insertion, and the signature is checked against the certificate returned with it.
 */
export async function authenticate(
  request: AuthenticateRequest,
  context: HostContext,
): Promise<HostResult<"authenticate">> {
  assertWellFormedPin("auth", request.pin);
  const digest = decodeDigest(request.digest);
  return withCardSession(context.cards, sessionOptions(context, request), async ({ channel, readOptions, facts }) => {
    const manufactureNumber = await manufactureNumberOf(channel, facts);
    const jpki = new JpkiAp(channel, readOptions);
    await jpki.selectOrRefuse();
    const certificate = await certificateOf(jpki, facts, "auth");
    assertValidAt(certificate, context.now());
    await assertIssuedOnCard(jpki, facts, "auth");
    await jpki.verifyPin("auth", request.pin, request.confirmLastTry);
    const [signature] = await jpki.sign("auth", [digest]);
    if (signature === undefined || !certificate.signs(digest, signature)) throw new StaleCardFacts();
    const uuid = context.uuid();
    return {
      uuid,
      combination_code: combinationCode(manufactureNumber, uuid),
      signature: signature.toString("base64"),
      certificate: unpaddedBase64(certificate.der),
    };
  });
}
