// SPDX-License-Identifier: MIT
/**
 * The basic 4 facts in a JPKI signing certificate's subjectAltName: otherName entries under the arc
 * 1.2.392.200149.8.5.5 (docs/ref/jpki-card.md §10.3), each `[0] { type-id OID, [0] EXPLICIT string }`.
 */
import * as asn1js from "asn1js";
import type * as pkijs from "pkijs";
import type { Basic4 } from "../../../shared/basic4";

const SUBJECT_ALT_NAME = "2.5.29.17";
const JPKI_PERSONAL_DATA = "1.2.392.200149.8.5.5";
const NAME = `${JPKI_PERSONAL_DATA}.1`;
const SEX = `${JPKI_PERSONAL_DATA}.3`;
const BIRTH_DATE = `${JPKI_PERSONAL_DATA}.4`;
const ADDRESS = `${JPKI_PERSONAL_DATA}.5`;

/** OID → string value of every otherName in the certificate's subjectAltName. */
function otherNames(certificate: pkijs.Certificate): Map<string, string> {
  const found = new Map<string, string>();
  const extension = certificate.extensions?.find((candidate) => candidate.extnID === SUBJECT_ALT_NAME);
  if (!extension) return found;
  const parsed = asn1js.fromBER(extension.extnValue.valueBlock.valueHexView);
  if (parsed.offset === -1 || !(parsed.result instanceof asn1js.Sequence)) return found;
  for (const generalName of parsed.result.valueBlock.value) {
    const isOtherName = generalName.idBlock.tagClass === 3 && generalName.idBlock.tagNumber === 0;
    if (!isOtherName || !(generalName instanceof asn1js.Constructed)) continue;
    const [typeId, wrapped] = generalName.valueBlock.value;
    if (!(typeId instanceof asn1js.ObjectIdentifier) || !(wrapped instanceof asn1js.Constructed)) continue;
    const inner = wrapped.valueBlock.value[0];
    if (inner instanceof asn1js.BaseStringBlock) found.set(typeId.valueBlock.toString(), inner.getValue());
  }
  return found;
}

/** `EYYYYMMDD` (era code + Gregorian date) → `YYYY-MM-DD`. */
function birthDateFromJpki(value: string): string | null {
  const match = /^[0-5](\d{4})(\d{2})(\d{2})$/.exec(value);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** The holder's basic 4 facts, or null when the certificate does not carry them (e.g. an authentication cert). */
export function readBasic4(certificate: pkijs.Certificate): Basic4 | null {
  const names = otherNames(certificate);
  const name = names.get(NAME);
  const address = names.get(ADDRESS);
  const birthDate = birthDateFromJpki(names.get(BIRTH_DATE) ?? "");
  const sex = names.get(SEX);
  if (name === undefined || address === undefined || birthDate === null) return null;
  return { name, address, birthDate, sex: sex === "1" || sex === "2" ? sex : "3" };
}
