// SPDX-License-Identifier: MIT
import { createHash } from "node:crypto";
import { CompanionError } from "../../shared/errors/companion-error";

/** The fixed salt of `combination_code` (docs/ref/site-protocol.md §1). */
const COMBINATION_SALT = Buffer.from("2e71f6620bc654ced494e5ec34fe03c8", "hex");
/** The card signs 1–245 bytes (k − 11 for RSA-2048, docs/ref/jpki-card.md §12.7). */
const MAX_SIGNED_BYTES = 245;

/** hex SHA-256(salt ‖ manufacture number as ASCII ‖ uuid bytes). */
export function combinationCode(manufactureNumber: string, uuidHex: string): string {
  return createHash("sha256")
    .update(COMBINATION_SALT)
    .update(Buffer.from(manufactureNumber, "latin1"))
    .update(Buffer.from(uuidHex, "hex"))
    .digest("hex");
}

/** A request's base64 DigestInfo as bytes; BAD_REQUEST if it does not fit one COMPUTE DIGITAL SIGNATURE. */
export function decodeDigest(base64: string): Buffer {
  const bytes = Buffer.from(base64, "base64");
  if (bytes.length < 1 || bytes.length > MAX_SIGNED_BYTES) throw new CompanionError("BAD_REQUEST");
  return bytes;
}

/** Base64 without `=` padding, as the official app sends certificates. */
export function unpaddedBase64(bytes: Buffer): string {
  return bytes.toString("base64").replace(/=+$/u, "");
}
