// SPDX-License-Identifier: MIT
/** One entry of the error catalogue (catalogue.ts, bridge-errors.ts): whether to retry, and the message to show. */
import type { PinKind } from "../pin";
import type { PluralText } from "../plural";

/** A text in both UI languages. */
export interface LocalizedText {
  readonly ja: string;
  readonly en: string;
  /**
   * The message on Windows, where it differs: what a user does there is not what they do elsewhere (Windows has no
   * pcscd to start; it starts its Smart Card service by itself once a reader is connected).
   */
  readonly windows?: { readonly ja: string; readonly en: string };
}

export interface ErrorEntry extends LocalizedText {
  /** true: the same request may succeed after the user acts (insert the card, retype the PIN, …). */
  readonly retriable: boolean;
  /**
   * The text when the PIN concerned is known (the PIN window, a page reply after a PIN session); `ja`/`en` stay the
   * text for when it is not. `{pin}` in `ja`/`en` is replaced by the PIN's name, or by "PIN or password".
   */
  readonly byPin?: Readonly<Record<PinKind, LocalizedText>>;
  /** Said after the text when the tries left are known (`{count}`); nothing is said about them when they are not. */
  readonly triesLeft?: { readonly ja: PluralText; readonly en: PluralText };
}
