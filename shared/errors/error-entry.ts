// SPDX-License-Identifier: MIT
/** One entry of the error catalogue (catalogue.ts, bridge-errors.ts): whether to retry, and the message to show. */
export interface ErrorEntry {
  /** true: the same request may succeed after the user acts (insert the card, retype the PIN, …). */
  readonly retriable: boolean;
  readonly ja: string;
  readonly en: string;
  /**
   * The message on Windows, where it differs: what a user does there is not what they do elsewhere (Windows has no
   * pcscd to start; it starts its Smart Card service by itself once a reader is connected).
   */
  readonly windows?: { readonly ja: string; readonly en: string };
}
