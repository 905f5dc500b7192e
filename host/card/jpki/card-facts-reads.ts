// SPDX-License-Identifier: MIT
import { ParsedCertificate } from "../../pki/certificate";
import { assertIssuedBy } from "../../pki/certificate-checks";
import type { ApduChannel } from "../apdu-channel";
import type { CardFacts } from "../card-facts";
import { readManufactureNumber } from "./common-ap";
import type { JpkiAp, JpkiCertificate } from "./jpki-ap";

/** The CA certificate on the card that issues each end-entity certificate. */
const ISSUER: Record<"auth" | "sign", JpkiCertificate> = { auth: "auth-ca", sign: "sign-ca" };

/**
 * The certificate `which`: from this insertion's facts, else read from the card (its EF must be readable now: the
 * signing certificate only after the sign password) and parsed once.
 */
export async function certificateOf(
  jpki: JpkiAp,
  facts: CardFacts,
  which: JpkiCertificate,
): Promise<ParsedCertificate> {
  const known = facts.certificates.get(which);
  if (known !== undefined) return known;
  const certificate = await ParsedCertificate.parse(await jpki.readCertificate(which));
  facts.certificates.set(which, certificate);
  return certificate;
}

/** Refuses (CERT_INVALID) an end-entity certificate its card's CA certificate did not sign; checked once per insertion. */
export async function assertIssuedOnCard(jpki: JpkiAp, facts: CardFacts, which: "auth" | "sign"): Promise<void> {
  if (facts.chainsVerified.has(which)) return;
  const certificate = await certificateOf(jpki, facts, which);
  await assertIssuedBy(certificate, await certificateOf(jpki, facts, ISSUER[which]));
  facts.chainsVerified.add(which);
}

/**
 * The manufacture number: from this insertion's facts, else from the common AP. Call it before selecting the JPKI
 * AP: reading it selects another AP, which clears verified PINs.
 */
export async function manufactureNumberOf(channel: ApduChannel, facts: CardFacts): Promise<string> {
  facts.manufactureNumber ??= await readManufactureNumber(channel);
  return facts.manufactureNumber;
}
