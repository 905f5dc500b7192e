// SPDX-License-Identifier: MIT
import { CompanionError } from "../../../shared/errors/companion-error";
import type { PinStatus } from "../../../shared/protocol/native";
import { computeSignature, readBinary, selectApplication, selectFile, SW_OK } from "../apdu";
import { unexpected, type ApduChannel } from "../apdu-channel";
import { readBerFile, type ReadOptions } from "../read-ber-file";
import { JPKI_AID, JPKI_FILES } from "./card-files";
import { readPinStatus, verifyPin } from "./pin-verification";

/** The two key pairs of the JPKI AP: user authentication (mode 01) and signing (mode 02). */
export type JpkiKey = "auth" | "sign";

/** The certificates stored in the JPKI AP. */
export type JpkiCertificate = "auth" | "auth-ca" | "sign" | "sign-ca";

const CERTIFICATE_FILES: Record<JpkiCertificate, number> = {
  auth: JPKI_FILES.authCertificate,
  "auth-ca": JPKI_FILES.authCaCertificate,
  sign: JPKI_FILES.signCertificate,
  "sign-ca": JPKI_FILES.signCaCertificate,
};
const PIN_FILES: Record<JpkiKey, number> = { auth: JPKI_FILES.authPin, sign: JPKI_FILES.signPin };
const KEY_FILES: Record<JpkiKey, number> = { auth: JPKI_FILES.authKey, sign: JPKI_FILES.signKey };
const SW_FILE_NOT_FOUND = 0x6a82;
const TOKEN_LABEL_BYTES = 32;

/**
 * 公的個人認証AP (docs/ref/jpki-card.md §3, §6, §11). Every method assumes `select()` ran last among the APs: selecting
 * another AP clears the card's verified PINs.
 */
export class JpkiAp {
  constructor(
    private readonly channel: ApduChannel,
    private readonly readOptions: ReadOptions,
  ) {}

  /** Selects the AP; false when the card has no JPKI AP (not a My Number Card). */
  async select(): Promise<boolean> {
    const { sw } = await this.channel.send(selectApplication(JPKI_AID));
    return sw === SW_OK;
  }

  /** Selects the AP; NOT_JPKI_CARD when the card has none. */
  async selectOrRefuse(): Promise<void> {
    if (!(await this.select())) throw new CompanionError("NOT_JPKI_CARD");
  }

  /** DER of one certificate; CERT_MISSING when the EF is absent or empty (no signing certificate under 15). */
  async readCertificate(which: JpkiCertificate): Promise<Buffer> {
    const { sw } = await this.channel.send(selectFile(CERTIFICATE_FILES[which]));
    if (sw === SW_FILE_NOT_FOUND) throw new CompanionError("CERT_MISSING");
    if (sw !== SW_OK) throw unexpected(sw, "SELECT certificate EF");
    const der = await readBerFile(this.channel, this.readOptions);
    if (der?.[0] !== 0x30) throw new CompanionError("CERT_MISSING");
    return der;
  }

  /** The token label of EF 0006 (`JPKIAPICCTOKEN2` on a My Number Card), padding trimmed. */
  async tokenLabel(): Promise<string> {
    await this.channel.expectOk(selectFile(JPKI_FILES.tokenInfo), "SELECT token info");
    const data = await this.channel.expectOk(readBinary(0, TOKEN_LABEL_BYTES), "READ token info");
    return data.toString("latin1").replace(/[\s\0]+$/u, "");
  }

  pinStatus(key: JpkiKey): Promise<PinStatus> {
    return readPinStatus(this.channel, PIN_FILES[key], key);
  }

  verifyPin(key: JpkiKey, pin: string, confirmLastTry: boolean): Promise<void> {
    return verifyPin(this.channel, PIN_FILES[key], key, pin, confirmLastTry);
  }

  /** Signs each DigestInfo with the key (its PIN must be verified in this session); one signature per input. */
  async sign(key: JpkiKey, digestInfos: readonly Buffer[]): Promise<Buffer[]> {
    await this.channel.expectOk(selectFile(KEY_FILES[key]), "SELECT key EF");
    const signatures: Buffer[] = [];
    for (const digestInfo of digestInfos) {
      signatures.push(await this.channel.expectOk(computeSignature(digestInfo), "COMPUTE DIGITAL SIGNATURE"));
    }
    return signatures;
  }
}
