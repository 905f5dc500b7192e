// SPDX-License-Identifier: MIT
import type { CommandHandler } from "../card-session";
import { status, SW } from "../status-word";

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

/**
 * SELECT `00 A4`: P1 04 selects an application by AID (and forgets every verified PIN), P1 02 an EF of the current
 * application by FID. P2 0C (no response data) is what hosts send; 00 is accepted too and answers no FCI.
 */
export const select: CommandHandler = (session, apdu) => {
  if (apdu.p2 !== 0x0c && apdu.p2 !== 0x00) return status(SW.INCORRECT_P1_P2);
  if (apdu.p1 === 0x04) {
    const application = session.applications.find((candidate) => sameBytes(candidate.aid, apdu.data));
    if (!application) return status(SW.FILE_NOT_FOUND);
    session.application = application;
    session.file = undefined;
    session.pins.clearVerified();
    return status(SW.OK);
  }
  if (apdu.p1 === 0x02) {
    if (apdu.data.length !== 2) return status(SW.WRONG_LENGTH);
    if (!session.application) return status(SW.NO_CURRENT_EF);
    const fid = ((apdu.data[0] ?? 0) << 8) | (apdu.data[1] ?? 0);
    const file = session.application.files.find((candidate) => candidate.fid === fid);
    if (!file) return status(SW.FILE_NOT_FOUND);
    session.file = file;
    return status(SW.OK);
  }
  return status(SW.INCORRECT_P1_P2);
};
