// SPDX-License-Identifier: MIT
/**
 * The emulated card's PINs, the one set that the emulator, the tests, the benchmarks and `npm start` use. The sign
 * password is upper-case, as the card stores it (docs/ref/jpki-card.md §7.1). A test that needs other PINs gives
 * them to the emulator itself.
 */
import type { PinKind } from "../../shared/pin";

export const TEST_PINS: Readonly<Record<PinKind, string>> = {
  auth: "1234",
  sign: "ABC123",
  "card-info": "5678",
};
