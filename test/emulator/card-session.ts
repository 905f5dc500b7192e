// SPDX-License-Identifier: MIT
import type { CardApplication, CardFile } from "./card-layout";
import type { CommandApdu } from "./command-apdu";
import type { PinRegister } from "./pin-register";
import type { CardResponse } from "./status-word";

/** The card's mutable state that commands read and change (docs/ref/jpki-card.md §12.1). */
export interface CardSession {
  readonly applications: readonly CardApplication[];
  readonly pins: PinRegister;
  /** The selected application (DF), if any. */
  application: CardApplication | undefined;
  /** The selected EF, if any. */
  file: CardFile | undefined;
  /** Whether extended-length APDUs are accepted (`67 00` otherwise). */
  extendedLength: boolean;
}

/** One command's implementation. */
export type CommandHandler = (session: CardSession, apdu: CommandApdu) => CardResponse;
