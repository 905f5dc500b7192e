// SPDX-License-Identifier: MIT
/**
 * The optional passphrase lock: AES-256-GCM under a key derived with PBKDF2-SHA-256 (WebCrypto). A new random IV
 * for every write; the salt stays for the life of the lock. The passphrase itself is never stored anywhere.
 */
import { z } from "zod";
import type { KeyValueArea } from "./storage-area";

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; the issue asks for at least 310,000. */
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PBKDF2_ITERATIONS = 310_000;

const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** What the lock stores: KDF parameters, IV and ciphertext (base64). */
export const SealedDataSchema = z
  .object({
    kdf: z.literal("PBKDF2-SHA-256"),
    iterations: z.number().int().min(MIN_PBKDF2_ITERATIONS).max(10_000_000),
    salt: Base64,
    iv: Base64,
    ciphertext: Base64,
  })
  .strict();
export type SealedData = z.infer<typeof SealedDataSchema>;

/** A derived key together with the parameters it was derived with. */
export interface UnlockedKey {
  readonly key: CryptoKey;
  readonly salt: string;
  readonly iterations: number;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  // In chunks: spreading a large array into fromCharCode overflows the call stack.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}
export const fromBase64 = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** Derives the AES key (extractable, so an unlocked key can be kept in session storage rather than re-derived). */
export async function deriveKey(
  passphrase: string,
  salt = toBase64(crypto.getRandomValues(new Uint8Array(16))),
  iterations = PBKDF2_ITERATIONS,
): Promise<UnlockedKey> {
  const material = await crypto.subtle.importKey("raw", new TextEncoder().encode(passphrase), "PBKDF2", false, [
    "deriveKey",
  ]);
  const key = await crypto.subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt: fromBase64(salt), iterations },
    material,
    { name: "AES-GCM", length: 256 },
    true,
    ["encrypt", "decrypt"],
  );
  return { key, salt, iterations };
}

export async function seal(unlocked: UnlockedKey, plaintext: string): Promise<SealedData> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const encrypted = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv },
    unlocked.key,
    new TextEncoder().encode(plaintext),
  );
  return {
    kdf: "PBKDF2-SHA-256",
    iterations: unlocked.iterations,
    salt: unlocked.salt,
    iv: toBase64(iv),
    ciphertext: toBase64(new Uint8Array(encrypted)),
  };
}

/** The plaintext, or `undefined` when the key does not open it (wrong passphrase or tampered data). */
export async function unseal(unlocked: UnlockedKey, sealed: SealedData): Promise<string | undefined> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: fromBase64(sealed.iv) },
      unlocked.key,
      fromBase64(sealed.ciphertext),
    );
    return new TextDecoder().decode(plain);
  } catch {
    return undefined;
  }
}

/** The key `passphrase` derives for `sealed`, or `undefined` when it does not open it. */
export async function keyOpening(passphrase: string, sealed: SealedData): Promise<UnlockedKey | undefined> {
  const key = await deriveKey(passphrase, sealed.salt, sealed.iterations);
  return (await unseal(key, sealed)) === undefined ? undefined : key;
}

/** The key as stored in session storage while unlocked (raw bytes, base64) and back. */
export async function exportKey(unlocked: UnlockedKey): Promise<{ raw: string; salt: string; iterations: number }> {
  const raw = new Uint8Array(await crypto.subtle.exportKey("raw", unlocked.key));
  return { raw: toBase64(raw), salt: unlocked.salt, iterations: unlocked.iterations };
}

export async function importKey(stored: { raw: string; salt: string; iterations: number }): Promise<UnlockedKey> {
  const key = await crypto.subtle.importKey("raw", fromBase64(stored.raw), "AES-GCM", true, ["encrypt", "decrypt"]);
  return { key, salt: stored.salt, iterations: stored.iterations };
}

const SessionKeySchema = z.object({ raw: z.string(), salt: z.string(), iterations: z.number().int() }).strict();

/** The key kept in session storage under `name`, if it was derived with `salt` (an older salt's key opens nothing). */
export async function readSessionKey(
  session: KeyValueArea,
  name: string,
  salt: string,
): Promise<UnlockedKey | undefined> {
  const parsed = SessionKeySchema.safeParse((await session.get(name))[name]);
  return parsed.success && parsed.data.salt === salt ? importKey(parsed.data) : undefined;
}

/** Keeps `key` in session storage (memory only) under `name` until the browser closes. */
export async function keepSessionKey(session: KeyValueArea, name: string, key: UnlockedKey): Promise<void> {
  await session.set({ [name]: await exportKey(key) });
}
