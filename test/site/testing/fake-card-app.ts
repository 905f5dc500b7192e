// SPDX-License-Identifier: MIT
/**
 * For the site's unit tests only: answers like a card app would (mode 02 / 01 success replies), signing with the
 * keys of a test PKI through WebCrypto. The end-to-end tests use the real extension, host and emulator instead.
 */
import { constants, createHash, KeyObject, privateEncrypt } from "node:crypto";
import type { TestPki } from "../../pki";
import type { AuthReply, SignReply } from "../flow/identity-verification";

const SHA256_DIGEST_INFO_PREFIX = "3031300d060960864801650304020105000420";

/** As the card does (docs/ref/jpki-card.md §6): PKCS#1 v1.5 type-1 padding of the DigestInfo as given, then raw RSA. */
function signDigestInfo(key: CryptoKey, digestInfoBase64: string): string {
  const padded = { key: KeyObject.from(key), padding: constants.RSA_PKCS1_PADDING };
  return privateEncrypt(padded, Buffer.from(digestInfoBase64, "base64")).toString("base64");
}

const unpadded = (der: Uint8Array) => Buffer.from(der).toString("base64").replace(/=+$/, "");

export class FakeCardApp {
  constructor(
    readonly pki: TestPki,
    readonly uuid = "0123456789abcdef0123456789abcdef",
    readonly manufactureNumber = "TEST000000001",
  ) {}

  get combinationCode(): string {
    return createHash("sha256")
      .update(Buffer.from("2e71f6620bc654ced494e5ec34fe03c8", "hex"))
      .update(this.manufactureNumber, "ascii")
      .update(Buffer.from(this.uuid, "hex"))
      .digest("hex");
  }

  sign(digestInfo: string): SignReply {
    return {
      mode: "02",
      result: "0",
      uuid: this.uuid,
      combination_code: this.combinationCode,
      signature: [signDigestInfo(this.pki.sign.privateKey, digestInfo)],
      certificate: unpadded(this.pki.sign.der),
    };
  }

  authenticate(digestInfo: string): AuthReply {
    return {
      mode: "01",
      result: "0",
      uuid: this.uuid,
      combination_code: this.combinationCode,
      signature: signDigestInfo(this.pki.auth.privateKey, digestInfo),
      certificate: unpadded(this.pki.auth.der),
    };
  }
}

/** Whether `digestInfo` (base64) is the SHA-256 DigestInfo of `message`: what the fake card checks before signing. */
export function isDigestInfoOf(digestInfo: string, message: Uint8Array): boolean {
  const expected = SHA256_DIGEST_INFO_PREFIX + createHash("sha256").update(message).digest("hex");
  return Buffer.from(digestInfo, "base64").toString("hex") === expected;
}
