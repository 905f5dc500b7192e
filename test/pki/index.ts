// SPDX-License-Identifier: MIT
/** The test PKI: JPKI-style test CAs and a card's signing and authentication certificates. */
export { buildTestPki, getTestCaCertificates } from "./build-test-pki";
export type { TestCertificate, TestPki, TestPkiOptions } from "./build-test-pki";
export type { Validity } from "./certificate-validity";
export { fifthBirthdayAfter } from "./certificate-validity";
export { certificateBirthDate } from "./japanese-era";
export { JPKI_PERSONAL_DATA_OID, OID } from "./oids";
export { fromPem, toPem } from "./pem";
export { createTestCas, loadTestCas } from "./test-ca-store";
export type { TestCa, TestCas } from "./test-ca-store";
export { DEFAULT_TEST_HOLDER } from "./test-holder";
export type { TestHolder } from "./test-holder";
