// SPDX-License-Identifier: MIT
import {
  certificatePolicyExtension,
  directoryNameExtension,
  KEY_USAGE,
  keyUsageExtension,
} from "./certificate-extensions";
import { currentValidity, expiredValidity, type Validity } from "./certificate-validity";
import { TEST_AUTH_CA_NAME, TEST_SERVICE_NAME, TEST_SIGN_CA_NAME } from "./distinguished-name";
import { issueCertificate } from "./issue-certificate";
import { OID } from "./oids";
import { toPem } from "./pem";
import { personalDataExtension } from "./personal-data-san";
import { generateRsaKeyPair } from "./rsa-key-pair";
import { createTestCas, loadTestCas, type TestCa, type TestCas } from "./test-ca-store";
import { DEFAULT_TEST_HOLDER, type TestHolder } from "./test-holder";

/** Options of `buildTestPki`; everything has a default. */
export interface TestPkiOptions {
  /** Overrides of the default holder 見本 花子. */
  readonly holder?: Partial<TestHolder>;
  /** Both end-entity certificates expired (as on a real card, they expire together at the 5th birthday). */
  readonly expired?: boolean;
  /** Validity of the signing certificate; wins over `expired`. */
  readonly signValidity?: Validity;
  /** Validity of the authentication certificate; wins over `expired`. */
  readonly authValidity?: Validity;
  /** "cached" (default): the CAs shared through `test/fixtures/test-only-jpki-ca.json`; "fresh": new ones. */
  readonly cas?: "cached" | "fresh" | TestCas;
  /** The clock the default validities are computed from. */
  readonly now?: Date;
}

/** An issued certificate with its keys (extractable, so the emulator can sign with the private key). */
export interface TestCertificate {
  readonly der: Uint8Array<ArrayBuffer>;
  readonly pem: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
}

/** The whole test PKI of one card. */
export interface TestPki {
  readonly holder: TestHolder;
  /** Signing CA (card EF 0002). */
  readonly signCa: TestCertificate;
  /** Authentication CA (card EF 000B). */
  readonly authCa: TestCertificate;
  /** Signing certificate with the basic 4 facts (card EF 0001, key EF 001A). */
  readonly sign: TestCertificate;
  /** Authentication certificate without personal data (card EF 000A, key EF 0017). */
  readonly auth: TestCertificate;
}

const withPem = (ca: TestCa): TestCertificate => ({ ...ca, pem: toPem(ca.der) });

function compactTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

function randomDigits(count: number): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(count)), (byte) => byte % 10).join("");
}

async function resolveCas(cas: TestPkiOptions["cas"]): Promise<TestCas> {
  if (cas === "fresh") return createTestCas();
  if (cas === undefined || cas === "cached") return loadTestCas();
  return cas;
}

/**
 * Builds a card's certificates: signing (RSA-2048, digitalSignature + nonRepudiation, test policy, basic 4 facts
 * in subjectAltName) and authentication (digitalSignature, subject `C=JP, CN=<opaque id>`), both sha256WithRSA.
 * @example const pki = await buildTestPki({ holder: { name: "試験 太郎" }, expired: true });
 */
export async function buildTestPki(options: TestPkiOptions = {}): Promise<TestPki> {
  const holder: TestHolder = { ...DEFAULT_TEST_HOLDER, ...options.holder };
  const now = options.now ?? new Date();
  const defaultValidity = (options.expired ? expiredValidity : currentValidity)(holder.birthDate, now);
  const [{ signCa, authCa }, signKeys, authKeys] = await Promise.all([
    resolveCas(options.cas),
    generateRsaKeyPair(),
    generateRsaKeyPair(),
  ]);
  const signValidity = options.signValidity ?? defaultValidity;
  const authValidity = options.authValidity ?? defaultValidity;
  const issuerAltName = directoryNameExtension(OID.issuerAltName, TEST_SERVICE_NAME);
  const [signDer, authDer] = await Promise.all([
    issueCertificate({
      subject: [
        ["C", "JP"],
        ["L", holder.prefectureRomaji],
        ["L", holder.municipalityRomaji],
        ["CN", `${compactTimestamp(signValidity.notBefore)}${randomDigits(6)}TEST`],
      ],
      issuer: TEST_SIGN_CA_NAME,
      subjectPublicKey: signKeys.publicKey,
      issuerPrivateKey: signCa.privateKey,
      issuerPublicKey: signCa.publicKey,
      ...signValidity,
      extensions: [
        keyUsageExtension([KEY_USAGE.digitalSignature, KEY_USAGE.nonRepudiation]),
        certificatePolicyExtension(OID.testSignPolicy, true),
        issuerAltName,
        personalDataExtension(holder),
      ],
    }),
    issueCertificate({
      subject: [
        ["C", "JP"],
        ["CN", `T${randomDigits(22)}`],
      ],
      issuer: TEST_AUTH_CA_NAME,
      subjectPublicKey: authKeys.publicKey,
      issuerPrivateKey: authCa.privateKey,
      issuerPublicKey: authCa.publicKey,
      ...authValidity,
      extensions: [
        keyUsageExtension([KEY_USAGE.digitalSignature]),
        certificatePolicyExtension(OID.testAuthPolicy, true),
        issuerAltName,
      ],
    }),
  ]);
  return {
    holder,
    signCa: withPem(signCa),
    authCa: withPem(authCa),
    sign: { der: signDer, pem: toPem(signDer), ...signKeys },
    auth: { der: authDer, pem: toPem(authDer), ...authKeys },
  };
}

/**
 * DER of the cached test CA certificates: what the practice site trusts. Same CAs as every `buildTestPki()` with
 * the default `cas: "cached"`.
 */
export async function getTestCaCertificates(): Promise<{
  readonly sign: Uint8Array<ArrayBuffer>;
  readonly auth: Uint8Array<ArrayBuffer>;
}> {
  const { signCa, authCa } = await loadTestCas();
  return { sign: signCa.der, auth: authCa.der };
}
