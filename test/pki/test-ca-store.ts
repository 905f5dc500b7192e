// SPDX-License-Identifier: MIT
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as pkijs from "pkijs";
import { z } from "zod";
import {
  caBasicConstraintsExtension,
  directoryNameExtension,
  KEY_USAGE,
  keyUsageExtension,
} from "./certificate-extensions";
import { TEST_AUTH_CA_NAME, TEST_SERVICE_NAME, TEST_SIGN_CA_NAME, type NameAttribute } from "./distinguished-name";
import { issueCertificate } from "./issue-certificate";
import { OID } from "./oids";
import { repoRoot } from "./repo-path";
import { generateRsaKeyPair, importPrivateKey, importPublicKey } from "./rsa-key-pair";

/** A self-signed test CA: its certificate and keys. */
export interface TestCa {
  readonly der: Uint8Array<ArrayBuffer>;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
}

/** The two JPKI-style CAs; on a real card EF 0002 holds the signing CA and EF 000B the auth CA. */
export interface TestCas {
  readonly signCa: TestCa;
  readonly authCa: TestCa;
}

/**
 * Where the CAs are cached, so the practice site, the host tests and the emulator (even in different processes)
 * agree on them. Git-ignored test material; delete it to get new CAs.
 */
export function defaultCaCacheFile(): string {
  return join(repoRoot(), "test", "fixtures", "test-only-jpki-ca.json");
}

const CachedCaSchema = z.object({ certificate: z.base64(), privateKeyPkcs8: z.base64() });
const CacheSchema = z.object({ signCa: CachedCaSchema, authCa: CachedCaSchema });
const TEN_YEARS_MS = 10 * 365.25 * 24 * 3600 * 1000;

async function createCa(name: readonly NameAttribute[], now: Date): Promise<TestCa> {
  const keys = await generateRsaKeyPair();
  const der = await issueCertificate({
    subject: name,
    issuer: name,
    subjectPublicKey: keys.publicKey,
    issuerPrivateKey: keys.privateKey,
    issuerPublicKey: keys.publicKey,
    notBefore: new Date(now.getTime() - 24 * 3600 * 1000),
    notAfter: new Date(now.getTime() + TEN_YEARS_MS),
    extensions: [
      keyUsageExtension([KEY_USAGE.keyCertSign, KEY_USAGE.cRLSign]),
      caBasicConstraintsExtension(),
      directoryNameExtension(OID.subjectAltName, TEST_SERVICE_NAME),
    ],
  });
  return { der, privateKey: keys.privateKey, publicKey: keys.publicKey };
}

/** Two new CAs, not cached. */
export async function createTestCas(now = new Date()): Promise<TestCas> {
  const [signCa, authCa] = await Promise.all([createCa(TEST_SIGN_CA_NAME, now), createCa(TEST_AUTH_CA_NAME, now)]);
  return { signCa, authCa };
}

async function serialize(ca: TestCa): Promise<z.infer<typeof CachedCaSchema>> {
  const pkcs8 = await globalThis.crypto.subtle.exportKey("pkcs8", ca.privateKey);
  return {
    certificate: Buffer.from(ca.der).toString("base64"),
    privateKeyPkcs8: Buffer.from(pkcs8).toString("base64"),
  };
}

async function deserialize(cached: z.infer<typeof CachedCaSchema>): Promise<TestCa> {
  const der = new Uint8Array(Buffer.from(cached.certificate, "base64"));
  const certificate = pkijs.Certificate.fromBER(der);
  const spki = new Uint8Array(certificate.subjectPublicKeyInfo.toSchema().toBER());
  const privateKey = await importPrivateKey(new Uint8Array(Buffer.from(cached.privateKeyPkcs8, "base64")));
  return { der, privateKey, publicKey: await importPublicKey(spki) };
}

function readCache(file: string): z.infer<typeof CacheSchema> | undefined {
  try {
    return CacheSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  } catch {
    return undefined;
  }
}

/**
 * The cached test CAs, created on first use. Creation is race-free across processes: the file is published with
 * link(2), which fails if another process got there first, and then everybody reads the one winner.
 */
export async function loadTestCas(cacheFile = defaultCaCacheFile()): Promise<TestCas> {
  let cached = readCache(cacheFile);
  if (!cached) {
    const fresh = await createTestCas();
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(
      tmp,
      JSON.stringify({ signCa: await serialize(fresh.signCa), authCa: await serialize(fresh.authCa) }),
    );
    try {
      linkSync(tmp, cacheFile);
    } catch {
      // Another process published first (or a corrupt file is in the way: replace it).
      if (!readCache(cacheFile)) writeFileSync(cacheFile, readFileSync(tmp));
    } finally {
      rmSync(tmp, { force: true });
    }
    cached = readCache(cacheFile);
    if (!cached) throw new Error(`cannot read the test CA cache ${cacheFile}`);
  }
  const [signCa, authCa] = await Promise.all([deserialize(cached.signCa), deserialize(cached.authCa)]);
  return { signCa, authCa };
}
