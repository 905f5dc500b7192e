// SPDX-License-Identifier: MIT
import type { HostResult } from "../../shared/protocol/native";
import { withCardSession } from "../card/card-session";
import { readManufactureNumber } from "../card/jpki/common-ap";
import { JpkiAp } from "../card/jpki/jpki-ap";
import { assertWellFormedPin } from "../card/jpki/pin-verification";
import { ParsedCertificate } from "../pki/certificate";
import { assertIssuedBy, assertValidAt } from "../pki/certificate-checks";
import { personalDataOf } from "../pki/personal-data";
import { sessionOptions, type HostContext } from "./host-context";
import { combinationCode, decodeDigest, unpaddedBase64 } from "./identity";
import type { SignRequest } from "./requests";

/**
 * Mode 02: sign every digest with the signing key under one VERIFY of the sign password. The signing certificate can
 * only be read after that VERIFY, so the free auth certificate's validity is checked first (on a real card both
 * lapse together), and the signing certificate's validity and chain are checked before COMPUTE DIGITAL SIGNATURE.
 */
export async function sign(request: SignRequest, context: HostContext): Promise<HostResult<"sign">> {
  assertWellFormedPin("sign", request.pin);
  const digests = request.digests.map(decodeDigest);
  return withCardSession(context.cards, sessionOptions(context, request), async ({ channel, readOptions }) => {
    const manufactureNumber = await readManufactureNumber(channel);
    const jpki = new JpkiAp(channel, readOptions);
    await jpki.selectOrRefuse();
    assertValidAt(await ParsedCertificate.parse(await jpki.readCertificate("auth")), context.now());
    await jpki.verifyPin("sign", request.pin, request.confirmLastTry);
    const certificate = await ParsedCertificate.parse(await jpki.readCertificate("sign"));
    assertValidAt(certificate, context.now());
    await assertIssuedBy(certificate, await ParsedCertificate.parse(await jpki.readCertificate("sign-ca")));
    const holder = personalDataOf(certificate);
    const signatures = await jpki.sign("sign", digests);
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
