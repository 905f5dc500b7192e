// SPDX-License-Identifier: MIT
import { randomInt } from "node:crypto";

/** Letters and digits without the look-alikes I and O, so a number read aloud or retyped is unambiguous. */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** Registration marks are `JU` + 10 characters (12 in all). */
export const REGISTRATION_NUMBER_PATTERN = /^JU[0-9A-HJ-NP-Z]{10}$/;

/** A registration mark not in `taken` (which it then joins). */
export function issueRegistrationNumber(taken: Set<string>): string {
  for (;;) {
    let number = "JU";
    for (let i = 0; i < 10; i++) number += ALPHABET[randomInt(ALPHABET.length)];
    if (!taken.has(number)) {
      taken.add(number);
      return number;
    }
  }
}
