// SPDX-License-Identifier: MIT
import type { Basic4 } from "../../shared/basic4";

/**
 * The fictional holder of the test card. The basic 4 facts use the certificate coding (`shared/basic4.ts`): ISO
 * birth date, sex "1" male / "2" female / "3" unknown.
 */
export interface TestHolder extends Basic4 {
  /** Romanised prefecture for the signing certificate's first `L=` (e.g. "Tokyo-to"). */
  readonly prefectureRomaji: string;
  /** Romanised municipality for the second `L=` (e.g. "Chiyoda-ku"). */
  readonly municipalityRomaji: string;
  /** 12-digit My Number of the card-info AP (fictional). */
  readonly myNumber: string;
  /** One `0`/`1` per name character (`1` = replaced by a substitute character); all `0` when omitted. */
  readonly nameSubstitution?: string;
  /** As `nameSubstitution`, for the address. */
  readonly addressSubstitution?: string;
}

/** The default fictional holder 見本 花子 (a sample name; the space is U+3000 as on real cards). */
export const DEFAULT_TEST_HOLDER: TestHolder = {
  name: "見本\u3000花子",
  address: "東京都千代田区霞が関見本町１－２－３",
  birthDate: "1990-04-01",
  sex: "2",
  prefectureRomaji: "Tokyo-to",
  municipalityRomaji: "Chiyoda-ku",
  myNumber: "123456789018",
};

/** A substitution-flag string of all `0`: one flag per character (code point) of `text`. */
export function noSubstitution(text: string): string {
  return "0".repeat([...text].length);
}
