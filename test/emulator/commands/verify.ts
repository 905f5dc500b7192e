// SPDX-License-Identifier: MIT
import type { PinKind } from "../../../shared/pin";
import { fileBySfi } from "../card-layout";
import type { CardSession, CommandHandler } from "../card-session";
import { status, SW } from "../status-word";

/**
 * The PIN that P2 names: 80 = the current EF, 80|SFI = that EF of the current application (docs/ref/jpki-card.md §4.1).
 */
function referencedPin(session: CardSession, p2: number): PinKind | undefined {
  if ((p2 & 0x80) === 0) return undefined;
  const file = p2 === 0x80 ? session.file : fileBySfi(session.application, p2 & 0x1f);
  return file?.type === "pin" ? file.pin : undefined;
}

/**
 * VERIFY `00 20 00 P2 [Lc PIN]`: with data, try the PIN; without data, report the counter (docs/ref/jpki-card.md
 * §12.5).
 */
export const verify: CommandHandler = (session, apdu) => {
  if (apdu.p1 !== 0x00) return status(SW.INCORRECT_P1_P2);
  const pin = referencedPin(session, apdu.p2);
  if (!pin) return status(SW.NO_CURRENT_EF);
  return apdu.data.length === 0 ? session.pins.query(pin) : session.pins.verify(pin, apdu.data);
};

/** CHANGE REFERENCE DATA `00 24 01 P2 Lc new`: replace the PIN after it was verified (docs/ref/jpki-card.md §12.6). */
export const changeReferenceData: CommandHandler = (session, apdu) => {
  if (apdu.p1 !== 0x01) return status(SW.INCORRECT_P1_P2);
  const pin = referencedPin(session, apdu.p2);
  if (!pin) return status(SW.NO_CURRENT_EF);
  return session.pins.change(pin, apdu.data);
};
