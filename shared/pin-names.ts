// SPDX-License-Identifier: MIT
/**
 * The official names of the card's PINs (docs/glossary.md), as printed on the municipal form: one place for the PIN
 * window, the error catalogue and the diagnostics. English gives the official Japanese name in parentheses, so a
 * user can tell the municipal office which one they mean.
 */
import type { LocalizedText } from "./errors/error-entry";
import type { PinKind } from "./pin";

export const PIN_NAMES: Readonly<Record<PinKind, LocalizedText>> = {
  sign: { ja: "署名用電子証明書のパスワード", en: "signing password (署名用電子証明書のパスワード)" },
  auth: { ja: "利用者証明用電子証明書の暗証番号", en: "user-authentication PIN (利用者証明用電子証明書の暗証番号)" },
  "card-info": { ja: "券面事項入力補助用の暗証番号", en: "card-info PIN (券面事項入力補助用の暗証番号)" },
};

/** The three together, when a message cannot know which one is meant. */
export const ANY_PIN_NAME: LocalizedText = { ja: "暗証番号・パスワード", en: "PIN or password" };
