// SPDX-License-Identifier: MIT
import type { HostResult, SignRequest } from "../../shared/protocol/native";
import { StaleCardFacts, withCardSession } from "../card/card-session";
import { assertIssuedOnCard, certificateOf, manufactureNumberOf } from "../card/jpki/card-facts-reads";
import { JpkiAp } from "../card/jpki/jpki-ap";
import { assertWellFormedPin } from "../card/jpki/pin-verification";
import { assertValidAt } from "../pki/certificate-checks";
import { personalDataOf } from "../pki/personal-data";
import { sessionOptions, type HostContext } from "./host-context";
import { combinationCode, decodeDigest, unpaddedBase64 } from "./identity";

/**
 * Mode 02: sign every digest with the signing key under one VERIFY of the sign password. The signing certificate can
 * only be read after that VERIFY, so the free auth certificate's validity is checked first (on a real card both
 * lapse together), and the signing certificate's validity and chain are checked before COMPUTE DIGITAL SIGNATURE.
 * What was read is reused within one card insertion; every signature is checked against the certificate.
 */
export async function sign(request: SignRequest, context: HostContext): Promise<HostResult<"sign">> {
  assertWellFormedPin("sign", request.pin);
  const digests = request.digests.map(decodeDigest);
  return withCardSession(context.cards, sessionOptions(context, request), async ({ channel, readOptions, facts }) => {
    const manufactureNumber = await manufactureNumberOf(channel, facts);
    const jpki = new JpkiAp(channel, readOptions);
    await jpki.selectOrRefuse();
    assertValidAt(await certificateOf(jpki, facts, "auth"), context.now());
    await jpki.verifyPin("sign", request.pin, request.confirmLastTry);
    const certificate = await certificateOf(jpki, facts, "sign");
    assertValidAt(certificate, context.now());
    await assertIssuedOnCard(jpki, facts, "sign");
    const holder = personalDataOf(certificate);
    const signatures = await jpki.sign("sign", digests);
    if (signatures.some((signature, index) => !certificate.signs(digests[index] ?? Buffer.alloc(0), signature)))
      throw new StaleCardFacts();
    const uuid = context.uuid();
    return {
      uuid,
      combination_code: combinationCode(manufactureNumber, uuid),
      signature: signatures.map((signature) => signature.toString("base64")),
      certificate: unpaddedBase64(certificate.der),
      holder,
    };
  });
}
