// SPDX-License-Identifier: MIT
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { OID } from "./oids";

/** One attribute of a distinguished name, in certificate order. */
export type NameAttribute = readonly ["C" | "O" | "OU" | "L" | "CN", string];

const TYPE_OF = {
  C: OID.countryName,
  O: OID.organizationName,
  OU: OID.organizationalUnitName,
  L: OID.localityName,
  CN: OID.commonName,
};

/**
 * One RDN per attribute (a multi-valued RDN would print as "C=JP + CN=…"); PKI.js would put them all in one SET,
 * so the SEQUENCE is built here and parsed back. Country is PrintableString (RFC 5280), the rest UTF8String.
 */
export function buildName(attributes: readonly NameAttribute[]): pkijs.RelativeDistinguishedNames {
  const rdns = attributes.map(([kind, value]) => {
    const typeAndValue = new pkijs.AttributeTypeAndValue({
      type: TYPE_OF[kind],
      value: kind === "C" ? new asn1js.PrintableString({ value }) : new asn1js.Utf8String({ value }),
    });
    return new asn1js.Set({ value: [typeAndValue.toSchema()] });
  });
  return pkijs.RelativeDistinguishedNames.fromBER(new asn1js.Sequence({ value: rdns }).toBER());
}

/** Signing CA, shaped like JPKI's (docs/ref/jpki-card.md §10.1) but unmistakably a test CA. */
export const TEST_SIGN_CA_NAME: readonly NameAttribute[] = [
  ["C", "JP"],
  ["O", "JPKI-TEST"],
  ["OU", "JPKI for digital signature"],
  ["OU", "Japan Agency for Local Authority Information Systems (TEST)"],
];

/** Authentication CA, the counterpart of `TEST_SIGN_CA_NAME`. */
export const TEST_AUTH_CA_NAME: readonly NameAttribute[] = [
  ["C", "JP"],
  ["O", "JPKI-TEST"],
  ["OU", "JPKI for user authentication"],
  ["OU", "Japan Agency for Local Authority Information Systems (TEST)"],
];

/** issuerAltName / CA subjectAltName directory name; "(TEST)" keeps it apart from the real 公的個人認証サービス. */
export const TEST_SERVICE_NAME: readonly NameAttribute[] = [
  ["C", "JP"],
  ["O", "公的個人認証サービス（テスト）"],
];
