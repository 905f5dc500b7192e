// SPDX-License-Identifier: MIT
/**
 * A short fingerprint of a digest for the PIN window: the first 8 bytes of SHA-256 over the decoded DigestInfo,
 * as grouped hex ("1a2b3c4d 5e6f7a8b"), so a user can compare two requests at a glance.
 */
export async function digestFingerprint(base64: string): Promise<string> {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  const hex = [...hash.subarray(0, 8)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)} ${hex.slice(8)}`;
}
