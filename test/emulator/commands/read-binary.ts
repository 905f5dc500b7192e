// SPDX-License-Identifier: MIT
import { fileBySfi } from "../card-layout";
import type { CommandHandler } from "../card-session";
import { status, SW } from "../status-word";

/**
 * READ BINARY `00 B0`: offset P1P2 (15 bits) in the current EF, or P1 = 80|SFI with an 8-bit offset in P2, which
 * also makes that EF current. Returns min(Le, bytes left) (docs/ref/jpki-card.md §5, §12.4).
 */
export const readBinary: CommandHandler = (session, apdu) => {
  if (apdu.data.length > 0) return status(SW.WRONG_LENGTH);
  let offset = (apdu.p1 << 8) | apdu.p2;
  if (apdu.p1 & 0x80) {
    const file = fileBySfi(session.application, apdu.p1 & 0x1f);
    if (!file) return status(SW.FILE_NOT_FOUND);
    session.file = file;
    offset = apdu.p2;
  }
  const file = session.file;
  if (file?.type !== "binary") return status(SW.NO_CURRENT_EF);
  if (file.readableAfter && !session.pins.isVerified(file.readableAfter))
    return status(SW.SECURITY_STATUS_NOT_SATISFIED);
  if (offset >= file.data.length) return status(SW.OFFSET_OUT_OF_RANGE);
  const length = Math.min(apdu.le ?? 256, file.data.length - offset);
  return { data: file.data.slice(offset, offset + length), sw: SW.OK };
};
