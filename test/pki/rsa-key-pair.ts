// SPDX-License-Identifier: MIT
/** The one key algorithm of JPKI: RSA-2048, e = 65537, PKCS#1 v1.5 with SHA-256 (docs/ref/jpki-card.md §10.2). */
export const RSA_PKCS1_SHA256: RsaHashedImportParams = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };

/** A fresh extractable key pair, so the emulator can export the private key and sign raw blocks with it. */
export async function generateRsaKeyPair(): Promise<CryptoKeyPair> {
  return globalThis.crypto.subtle.generateKey(
    { ...RSA_PKCS1_SHA256, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
    true,
    ["sign", "verify"],
  );
}

/** Imports a PKCS#8 private key (extractable, for the emulator) as cached by the CA store. */
export async function importPrivateKey(pkcs8: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey("pkcs8", pkcs8, RSA_PKCS1_SHA256, true, ["sign"]);
}

/** Imports an SPKI public key. */
export async function importPublicKey(spki: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey("spki", spki, RSA_PKCS1_SHA256, true, ["verify"]);
}
