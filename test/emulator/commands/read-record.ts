// SPDX-License-Identifier: MIT
import { fileBySfi } from "../card-layout";
import type { CommandHandler } from "../card-session";
import { status, SW } from "../status-word";

/**
 * READ RECORD `00 B2 P1 P2`: record number P1; P2 = SFI<<3 | 4 ("read record P1"), SFI 0 meaning the current EF.
 * Hosts send `00 B2 01 0C 00` for record 1 of SFI 1 of the common AP (docs/ref/site-protocol.md §1).
 */
export const readRecord: CommandHandler = (session, apdu) => {
  if ((apdu.p2 & 0x07) !== 0x04 || apdu.p1 === 0) return status(SW.INCORRECT_P1_P2);
  const sfi = apdu.p2 >> 3;
  const file = sfi === 0 ? session.file : fileBySfi(session.application, sfi);
  if (!file) return sfi === 0 ? status(SW.NO_CURRENT_EF) : status(SW.FILE_NOT_FOUND);
  if (file.type !== "record") return status(SW.NO_CURRENT_EF);
  session.file = file;
  const record = file.records[apdu.p1 - 1];
  if (!record) return status(SW.RECORD_NOT_FOUND);
  return { data: record.slice(0, apdu.le ?? 256), sw: SW.OK };
};
