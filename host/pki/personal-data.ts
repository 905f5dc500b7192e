// SPDX-License-Identifier: MIT
import { Basic4Schema, type Basic4 } from "../../shared/basic4";
import { CompanionError } from "../../shared/errors/companion-error";
import { parseTlvs } from "../card/ber-tlv";
import type { ParsedCertificate } from "./certificate";

const SUBJECT_ALT_NAME = "2.5.29.17";
/**
 * DER content of the jpki-personalData arc 1.2.392.200149.8.5.5 (docs/ref/jpki-card.md §10.3); the last byte picks the
 * fact.
 */
const PERSONAL_DATA_ARC = Buffer.from("2a83088c9b55080505", "hex");
const FACT_BY_LAST_ARC = new Map<number | undefined, keyof Basic4>([
  [1, "name"],
  [3, "sex"],
  [4, "birthDate"],
  [5, "address"],
]);
const OTHER_NAME = 0xa0;
const OID = 0x06;
const UTF8_STRING = 0x0c;

/**
 * The basic 4 facts from the signing certificate's subjectAltName otherNames. Birth date `EYYYYMMDD` (era code +
 * Gregorian date) becomes `YYYY-MM-DD`. A certificate without them is CERT_INVALID.
 */
export function personalDataOf(certificate: ParsedCertificate): Basic4 {
  const san = certificate.extensionValue(SUBJECT_ALT_NAME);
  const [names] = san ? parseTlvs(san) : [];
  const facts: Partial<Record<keyof Basic4, string>> = {};
  for (const generalName of names ? parseTlvs(names.value) : []) {
    if (generalName.tag !== OTHER_NAME) continue;
    const [typeId, wrapped] = parseTlvs(generalName.value);
    if (typeId?.tag !== OID || wrapped?.tag !== OTHER_NAME) continue;
    if (typeId.value.length !== PERSONAL_DATA_ARC.length + 1) continue;
    if (!typeId.value.subarray(0, PERSONAL_DATA_ARC.length).equals(PERSONAL_DATA_ARC)) continue;
    const field = FACT_BY_LAST_ARC.get(typeId.value[PERSONAL_DATA_ARC.length]);
    const [text] = parseTlvs(wrapped.value);
    if (field === undefined || text === undefined) continue;
    facts[field] = text.value.toString(text.tag === UTF8_STRING ? "utf8" : "latin1");
  }
  const birth = /^\d(\d{4})(\d{2})(\d{2})$/.exec(facts.birthDate ?? "");
  const parsed = Basic4Schema.safeParse({ ...facts, birthDate: birth && `${birth[1]}-${birth[2]}-${birth[3]}` });
  if (!parsed.success) throw new CompanionError("CERT_INVALID");
  return parsed.data;
}
