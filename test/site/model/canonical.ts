// SPDX-License-Identifier: MIT
/**
 * The canonical application data: what the card signs at step ② / ③.
 *
 * Form: UTF-8 JSON of `{ applicationId, owner, uas, user }` with the keys of every object sorted by code unit,
 * no whitespace, arrays in their order (UA 1 first). The application id is inside so that a signature of one
 * application can never be replayed for another. The digest handed to the card is the DER DigestInfo of its SHA-256
 * (docs/ref/jpki-card.md §6.2), 51 bytes.
 */
import { createHash } from "node:crypto";
import type { ApplicationData } from "./application-data";

/** DER prefix of a SHA-256 DigestInfo: SEQUENCE { AlgorithmIdentifier sha256 NULL, OCTET STRING (32) }. */
const SHA256_DIGEST_INFO_PREFIX = Buffer.from("3031300d060960864801650304020105000420", "hex");

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** JSON text with object keys sorted at every depth. */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] ?? null)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The bytes the applicant signs for an application. */
export function canonicalApplicationBytes(applicationId: string, data: ApplicationData): Buffer {
  const json = canonicalJson({ applicationId, ...data });
  return Buffer.from(json, "utf8");
}

/** DER DigestInfo (SHA-256) of some bytes: what the page passes to the card app as `digest`. */
export function sha256DigestInfo(bytes: Uint8Array): Buffer {
  return Buffer.concat([SHA256_DIGEST_INFO_PREFIX, createHash("sha256").update(bytes).digest()]);
}
