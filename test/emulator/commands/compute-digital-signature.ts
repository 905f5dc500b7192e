// SPDX-License-Identifier: MIT
import { constants, privateEncrypt } from "node:crypto";
import { fileBySfi } from "../card-layout";
import type { CommandHandler } from "../card-session";
import { status, SW } from "../status-word";

/** k − 11 for a 2048-bit key: the most data EMSA-PKCS1-v1_5 type-1 padding leaves room for. */
const MAX_DATA_LENGTH = 245;

/**
 * COMPUTE DIGITAL SIGNATURE `80 2A 00 P2 Lc data 00` (docs/ref/jpki-card.md §6, §12.7): pads the 1–245 data bytes
 * (`00 01 FF…FF 00 ‖ data`) and applies the raw RSA private key of the key EF, which is the current EF (P2 80) or
 * the one named by P2 = 80|SFI. The key's PIN must be verified.
 */
export const computeDigitalSignature: CommandHandler = (session, apdu) => {
  if (apdu.p1 !== 0x00 || (apdu.p2 & 0x80) === 0) return status(SW.INCORRECT_P1_P2);
  const file = apdu.p2 === 0x80 ? session.file : fileBySfi(session.application, apdu.p2 & 0x1f);
  if (file?.type !== "key") return status(SW.SECURITY_STATUS_NOT_SATISFIED);
  if (!session.pins.isVerified(file.usableAfter)) return status(SW.SECURITY_STATUS_NOT_SATISFIED);
  if (apdu.data.length < 1 || apdu.data.length > MAX_DATA_LENGTH) return status(SW.WRONG_LENGTH);
  // privateEncrypt with PKCS#1 v1.5 padding is exactly type-1 padding followed by the raw RSA private operation.
  const signature = privateEncrypt({ key: file.key, padding: constants.RSA_PKCS1_PADDING }, apdu.data);
  return { data: new Uint8Array(signature), sw: SW.OK };
};
