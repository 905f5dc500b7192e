// SPDX-License-Identifier: MIT
/**
 * PEM armour for DER bytes (RFC 7468), 64 base64 characters a line.
 * @example toPem(der) // "-----BEGIN CERTIFICATE-----\nMIIE…\n-----END CERTIFICATE-----\n"
 */
export function toPem(der: Uint8Array, label = "CERTIFICATE"): string {
  const lines =
    Buffer.from(der)
      .toString("base64")
      .match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}

/** DER bytes of the first PEM block with `label`; throws when there is none. */
export function fromPem(pem: string, label = "CERTIFICATE"): Uint8Array {
  const match = new RegExp(`-----BEGIN ${label}-----([^-]+)-----END ${label}-----`).exec(pem);
  if (!match?.[1]) throw new Error(`no PEM block labelled ${label}`);
  return new Uint8Array(Buffer.from(match[1].replace(/\s+/g, ""), "base64"));
}
