// SPDX-License-Identifier: MIT
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { buildName, type NameAttribute } from "./distinguished-name";
import { OID } from "./oids";

/** keyUsage bits, numbered as in RFC 5280 §4.2.1.3. */
export const KEY_USAGE = { digitalSignature: 0, nonRepudiation: 1, keyCertSign: 5, cRLSign: 6 } as const;

/** keyUsage, always critical as on JPKI certificates. */
export function keyUsageExtension(bits: readonly number[]): pkijs.Extension {
  const value = bits.reduce((byte, bit) => byte | (0x80 >> bit), 0);
  const unusedBits = 7 - Math.max(...bits);
  const bitString = new asn1js.BitString({ valueHex: new Uint8Array([value]).buffer, unusedBits });
  return new pkijs.Extension({ extnID: OID.keyUsage, critical: true, extnValue: bitString.toBER() });
}

/** basicConstraints CA:TRUE, critical (CA certificates only). */
export function caBasicConstraintsExtension(): pkijs.Extension {
  const value = new pkijs.BasicConstraints({ cA: true }).toSchema().toBER();
  return new pkijs.Extension({ extnID: OID.basicConstraints, critical: true, extnValue: value });
}

/** certificatePolicies with one policy OID and no qualifiers. */
export function certificatePolicyExtension(policy: string, critical: boolean): pkijs.Extension {
  const policies = new pkijs.CertificatePolicies({
    certificatePolicies: [new pkijs.PolicyInformation({ policyIdentifier: policy })],
  });
  return new pkijs.Extension({ extnID: OID.certificatePolicies, critical, extnValue: policies.toSchema().toBER() });
}

/** A GeneralNames extension holding one directory name (subjectAltName of the CAs, issuerAltName of leaves). */
export function directoryNameExtension(extnID: string, name: readonly NameAttribute[]): pkijs.Extension {
  const names = new pkijs.GeneralNames({ names: [new pkijs.GeneralName({ type: 4, value: buildName(name) })] });
  return new pkijs.Extension({ extnID, critical: false, extnValue: names.toSchema().toBER() });
}

/** subjectKeyIdentifier from a key id (method 1 of RFC 5280 §4.2.1.2, computed by the caller). */
export function subjectKeyIdentifierExtension(keyId: ArrayBuffer): pkijs.Extension {
  const value = new asn1js.OctetString({ valueHex: keyId }).toBER();
  return new pkijs.Extension({ extnID: OID.subjectKeyIdentifier, critical: false, extnValue: value });
}

/** authorityKeyIdentifier naming the issuer's key id. */
export function authorityKeyIdentifierExtension(keyId: ArrayBuffer): pkijs.Extension {
  const aki = new pkijs.AuthorityKeyIdentifier({ keyIdentifier: new asn1js.OctetString({ valueHex: keyId }) });
  return new pkijs.Extension({
    extnID: OID.authorityKeyIdentifier,
    critical: false,
    extnValue: aki.toSchema().toBER(),
  });
}
