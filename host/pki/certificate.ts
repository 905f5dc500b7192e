// SPDX-License-Identifier: MIT
import { constants, createPublicKey, type KeyObject, publicDecrypt } from "node:crypto";
import type { Certificate as PkijsCertificate } from "pkijs";
import { CompanionError } from "../../shared/errors/companion-error";

/**
 * A parsed X.509 certificate. PKI.js stays behind this class (docs/ref/style.md §8) and is loaded on first use, so that
 * a host started only for `status` or `pin-status` does not pay for it.
 */
export class ParsedCertificate {
  private publicKey: KeyObject | undefined;

  private constructor(
    /** The DER exactly as read from the card. */
    readonly der: Buffer,
    private readonly certificate: PkijsCertificate,
  ) {}

  /** Parses DER; anything unparsable is CERT_INVALID. */
  static async parse(der: Buffer): Promise<ParsedCertificate> {
    const { Certificate } = await import("pkijs");
    try {
      return new ParsedCertificate(der, Certificate.fromBER(new Uint8Array(der)));
    } catch (error) {
      throw new CompanionError("CERT_INVALID", undefined, { cause: error });
    }
  }

  get notBefore(): Date {
    return this.certificate.notBefore.value;
  }

  get notAfter(): Date {
    return this.certificate.notAfter.value;
  }

  /** Whether `issuer`'s public key verifies this certificate's signature. */
  async isSignedBy(issuer: ParsedCertificate): Promise<boolean> {
    try {
      return await this.certificate.verify(issuer.certificate);
    } catch {
      return false;
    }
  }

  /** The contents of the extension's OCTET STRING (its DER value), if the certificate has it. */
  extensionValue(oid: string): Buffer | undefined {
    const extension = this.certificate.extensions?.find((item) => item.extnID === oid);
    return extension && Buffer.from(extension.extnValue.valueBlock.valueHexView);
  }

  /**
   * Whether `signature` is an RSA PKCS#1 v1.5 signature by this certificate's key over exactly `digestInfo` (the
   * DER DigestInfo the card was given: COMPUTE DIGITAL SIGNATURE signs what it receives, docs/ref/jpki-card.md §6).
   */
  signs(digestInfo: Buffer, signature: Buffer): boolean {
    try {
      // From the already parsed SubjectPublicKeyInfo, not OpenSSL's certificate parser: that one refuses encodings
      // PKI.js reads (a serial number with a needless leading zero byte), and the key is all this check needs.
      this.publicKey ??= createPublicKey({
        key: Buffer.from(this.certificate.subjectPublicKeyInfo.toSchema().toBER()),
        format: "der",
        type: "spki",
      });
      return publicDecrypt({ key: this.publicKey, padding: constants.RSA_PKCS1_PADDING }, signature).equals(digestInfo);
    } catch {
      return false;
    }
  }
}
