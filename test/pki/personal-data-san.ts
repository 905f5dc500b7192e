// SPDX-License-Identifier: MIT
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { certificateBirthDate } from "./japanese-era";
import { JPKI_PERSONAL_DATA_OID, OID } from "./oids";
import { noSubstitution, type TestHolder } from "./test-holder";

/** otherName ::= [0] IMPLICIT SEQUENCE { type-id OID, value [0] EXPLICIT UTF8String } (RFC 5280 §4.2.1.6). */
function otherName(typeId: string, value: string): asn1js.Constructed {
  return new asn1js.Constructed({
    idBlock: { tagClass: 3, tagNumber: 0 },
    value: [
      new asn1js.ObjectIdentifier({ value: typeId }),
      new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: [new asn1js.Utf8String({ value })] }),
    ],
  });
}

/**
 * DER of the signing certificate's subjectAltName: the basic 4 facts as otherNames under the real JPKI OIDs
 * (docs/ref/jpki-card.md §10.3), in OID order.
 */
export function personalDataSubjectAltName(holder: TestHolder): ArrayBuffer {
  const id = JPKI_PERSONAL_DATA_OID;
  return new asn1js.Sequence({
    value: [
      otherName(id.name, holder.name),
      otherName(id.nameSubstitution, holder.nameSubstitution ?? noSubstitution(holder.name)),
      otherName(id.sex, holder.sex),
      otherName(id.birthDate, certificateBirthDate(holder.birthDate)),
      otherName(id.address, holder.address),
      otherName(id.addressSubstitution, holder.addressSubstitution ?? noSubstitution(holder.address)),
    ],
  }).toBER();
}

/** The subjectAltName extension (not critical) of the signing certificate. */
export function personalDataExtension(holder: TestHolder): pkijs.Extension {
  return new pkijs.Extension({
    extnID: OID.subjectAltName,
    critical: false,
    extnValue: personalDataSubjectAltName(holder),
  });
}
