// SPDX-License-Identifier: MIT
/**
 * Object identifiers used by the test PKI (X.500 attributes, X.509 extensions, JPKI arcs from docs/ref/jpki-card.md
 * §10).
 */
export const OID = {
  countryName: "2.5.4.6",
  localityName: "2.5.4.7",
  organizationName: "2.5.4.10",
  organizationalUnitName: "2.5.4.11",
  commonName: "2.5.4.3",
  subjectKeyIdentifier: "2.5.29.14",
  keyUsage: "2.5.29.15",
  subjectAltName: "2.5.29.17",
  issuerAltName: "2.5.29.18",
  basicConstraints: "2.5.29.19",
  certificatePolicies: "2.5.29.32",
  authorityKeyIdentifier: "2.5.29.35",
  /** Policy of JPKI *test* signing certificates (production is `…8.5.1.1.20`). */
  testSignPolicy: "1.2.392.200149.8.5.1.0.20",
  /** Our own test counterpart of the auth policy `…8.5.1.3.30`, on the same test arc as the signing one. */
  testAuthPolicy: "1.2.392.200149.8.5.1.0.30",
} as const;

/** subjectAltName otherName type-ids for the basic 4 facts in the signing certificate (docs/ref/jpki-card.md §10.3). */
export const JPKI_PERSONAL_DATA_OID = {
  name: "1.2.392.200149.8.5.5.1",
  nameSubstitution: "1.2.392.200149.8.5.5.2",
  sex: "1.2.392.200149.8.5.5.3",
  birthDate: "1.2.392.200149.8.5.5.4",
  address: "1.2.392.200149.8.5.5.5",
  addressSubstitution: "1.2.392.200149.8.5.5.6",
} as const;
