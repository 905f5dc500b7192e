// SPDX-License-Identifier: MIT
import type { HostResult } from "../../shared/protocol/native";
import { withCardSession } from "../card/card-session";
import { readManufactureNumber } from "../card/jpki/common-ap";
import { JpkiAp } from "../card/jpki/jpki-ap";
import { assertWellFormedPin } from "../card/jpki/pin-verification";
import { ParsedCertificate } from "../pki/certificate";
import { assertIssuedBy, assertValidAt } from "../pki/certificate-checks";
import { sessionOptions, type HostContext } from "./host-context";
import { combinationCode, decodeDigest, unpaddedBase64 } from "./identity";
import type { AuthenticateRequest } from "./requests";

/**
 * Mode 01: sign one digest with the user-authentication key. The free auth certificate is checked (validity, chain
 * to the auth CA) before the PIN is used.
 */
export async function authenticate(
  request: AuthenticateRequest,
  context: HostContext,
): Promise<HostResult<"authenticate">> {
  assertWellFormedPin("auth", request.pin);
  const digest = decodeDigest(request.digest);
  return withCardSession(context.cards, sessionOptions(context, request), async ({ channel, readOptions }) => {
    const manufactureNumber = await readManufactureNumber(channel);
    const jpki = new JpkiAp(channel, readOptions);
    await jpki.selectOrRefuse();
    const certificate = await ParsedCertificate.parse(await jpki.readCertificate("auth"));
    assertValidAt(certificate, context.now());
    await assertIssuedBy(certificate, await ParsedCertificate.parse(await jpki.readCertificate("auth-ca")));
    await jpki.verifyPin("auth", request.pin, request.confirmLastTry);
    const [signature] = await jpki.sign("auth", [digest]);
    const uuid = context.uuid();
    return {
      uuid,
      combination_code: combinationCode(manufactureNumber, uuid),
      signature: signature?.toString("base64") ?? "",
      certificate: unpaddedBase64(certificate.der),
    };
  });
}
