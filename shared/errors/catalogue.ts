// SPDX-License-Identifier: MIT
/**
 * The one catalogue of error codes crossing any boundary (host → background → PIN window / page / options).
 * Each entry says whether trying again can help and gives a message a user can act on, in Japanese and English,
 * in the words of docs/glossary.md. A PIN's own text (`byPin`) is used where the PIN concerned is known, and the tries
 * left are said only when known, in the language's plural form.
 */
import { BRIDGE_ERRORS } from "./bridge-errors";
import type { PinKind } from "../pin";
import { ANY_PIN_NAME, PIN_NAMES } from "../pin-names";
import { pluralText } from "../plural";
import type { ErrorEntry } from "./error-entry";

export type { ErrorEntry } from "./error-entry";

export const ERROR_CATALOGUE = {
  // --- PC/SC and card -------------------------------------------------------------------------------------------
  PCSC_UNAVAILABLE: {
    retriable: true,
    ja: "スマートカードサービス（PC/SC）が動いていません。pcscd を起動してから（Linux の例: sudo systemctl start pcscd）、もう一度お試しください。",
    en: "The smart card service (PC/SC) is not running. Start pcscd (on Linux, for example: sudo systemctl start pcscd) and try again.",
    // Windows 8 and later start the Smart Card service when a reader is attached and stop it after the last one
    // leaves: "not running" there means "no reader connected", and there is nothing for the user to start.
    windows: {
      ja: "IC カードリーダーが接続されていません。リーダーをパソコンに接続してください（Windows はリーダーが接続されるとスマートカードのサービスを自動で起動します）。接続してから、もう一度お試しください。",
      en: "No IC card reader is connected. Connect your IC card reader to this computer (Windows starts its smart card service by itself once a reader is connected), then try again.",
    },
  },
  READER_NOT_FOUND: {
    retriable: true,
    ja: "IC カードリーダーが見つかりません。リーダーをパソコンに接続してから、もう一度お試しください。",
    en: "No IC card reader was found. Connect a reader to this computer and try again.",
  },
  NO_CARD: {
    retriable: true,
    ja: "マイナンバーカードが見つかりません。カードをリーダーに置いて（差し込んで）から、もう一度お試しください。",
    en: "No My Number Card was found. Place (insert) the card in the reader and try again.",
  },
  NOT_JPKI_CARD: {
    retriable: true,
    ja: "リーダーのカードはマイナンバーカードではないか、電子証明書を読み取れません。マイナンバーカードを置いてください。",
    en: "The card in the reader is not a My Number Card, or its certificates cannot be read. Use your My Number Card.",
  },
  CARD_INFO_AP_MISSING: {
    retriable: false,
    ja: "このカードには券面事項入力補助の機能がありません（住基カードなど）。マイナンバーカードを置くか、プロファイルを手で入力してください。",
    en: "This card has no card-info input support (券面事項入力補助), e.g. a Juki card. Use a My Number Card, or enter the profile by hand.",
  },
  CARD_REMOVED: {
    retriable: true,
    ja: "処理の途中でカードが外されました。カードをリーダーに置いたまま、もう一度お試しください。",
    en: "The card was removed during the operation. Keep the card on the reader and try again.",
  },
  CARD_BUSY: {
    retriable: true,
    ja: "カードは別の処理で使用中です（他のアプリ、または順番待ちのカード処理が多すぎます）。それらが終わってから、もう一度お試しください。",
    en: "The card is busy (another application, or too many card requests waiting). Wait until they finish, then try again.",
  },
  CARD_TIMEOUT: {
    retriable: true,
    ja: "カードまたはリーダーが応答しません。カードをいったん外して置き直すか、リーダーを接続し直してから、もう一度お試しください。",
    en: "The card or reader is not responding. Take the card off the reader and put it back, or reconnect the reader, then try again.",
  },
  CARD_ERROR: {
    retriable: false,
    ja: "カードが予期しない応答を返しました。カードをいったん外して置き直し、もう一度お試しください。繰り返す場合は市区町村の窓口にご相談ください。",
    en: "The card gave an unexpected answer. Take the card off the reader, put it back and try again; if it keeps happening, ask your municipal office.",
  },
  // --- PINs -----------------------------------------------------------------------------------------------------
  PIN_MALFORMED: {
    retriable: true,
    ja: "入力の形式が正しくありません（利用者証明用電子証明書の暗証番号と券面事項入力補助用の暗証番号は数字 4 桁、署名用電子証明書のパスワードは英大文字と数字の 6〜16 文字）。カードには送っていないので、残り回数は減っていません。形式を確かめて入力し直してください。",
    en: "The format is wrong (the user-authentication PIN and the card-info PIN are 4 digits; the signing password is 6–16 letters A–Z and digits). Nothing was sent to the card, so no try was used. Check the format and type it again.",
    byPin: {
      sign: {
        ja: "署名用電子証明書のパスワードは、英大文字と数字をどちらも含む 6〜16 文字です。カードには送っていないので、残り回数は減っていません。入力し直してください。",
        en: "The signing password (署名用電子証明書のパスワード) is 6–16 letters A–Z and digits, with at least one of each. Nothing was sent to the card, so no try was used. Type it again.",
      },
      auth: {
        ja: "利用者証明用電子証明書の暗証番号は数字 4 桁です。カードには送っていないので、残り回数は減っていません。入力し直してください。",
        en: "The user-authentication PIN (利用者証明用電子証明書の暗証番号) is 4 digits. Nothing was sent to the card, so no try was used. Type it again.",
      },
      "card-info": {
        ja: "券面事項入力補助用の暗証番号は数字 4 桁です。カードには送っていないので、残り回数は減っていません。入力し直してください。",
        en: "The card-info PIN (券面事項入力補助用の暗証番号) is 4 digits. Nothing was sent to the card, so no try was used. Type it again.",
      },
    },
  },
  PIN_WRONG: {
    retriable: true,
    ja: "{pin}が違います。確かめて入力し直してください。",
    en: "Wrong {pin}. Check it and type it again.",
    triesLeft: {
      ja: { other: "あと {count} 回間違えるとロックされます。" },
      en: { one: "1 more wrong try locks it.", other: "{count} more wrong tries lock it." },
    },
  },
  PIN_LAST_TRY_UNCONFIRMED: {
    retriable: true,
    ja: "残り 1 回です。間違えるとロックされ、市区町村の窓口での手続きが必要になります。最後の 1 回を使う場合は、確認のチェックを入れてから OK を押してください。",
    en: "One try left. A wrong entry locks it, and unlocking needs a visit to your municipal office. Tick the box to use the last try, then press OK.",
  },
  PIN_BLOCKED: {
    retriable: false,
    ja: "暗証番号・パスワードがロックされています。マイナンバーカードを持って、お住まいの市区町村の窓口で初期化（再設定）してください（署名用電子証明書のパスワードは、コンビニのキオスク端末でも初期化できます）。",
    en: "The PIN or password is locked. Take your My Number Card to your municipal office to have it reset (the signing password can also be reset at a convenience-store kiosk).",
    byPin: {
      sign: {
        ja: "署名用電子証明書のパスワードがロックされています。マイナンバーカードを持って、お住まいの市区町村の窓口で初期化（再設定）してください。利用者証明用電子証明書の暗証番号が分かれば、コンビニのキオスク端末でも初期化できます。",
        en: "The signing password (署名用電子証明書のパスワード) is locked. Take your My Number Card to your municipal office to have it reset. If you know your user-authentication PIN, a convenience-store kiosk can also reset it.",
      },
      auth: {
        ja: "利用者証明用電子証明書の暗証番号がロックされています。マイナンバーカードを持って、お住まいの市区町村の窓口で初期化（再設定）してください。",
        en: "The user-authentication PIN (利用者証明用電子証明書の暗証番号) is locked. Take your My Number Card to your municipal office to have it reset.",
      },
      "card-info": {
        ja: "券面事項入力補助用の暗証番号がロックされています。マイナンバーカードを持って、お住まいの市区町村の窓口で初期化（再設定）してください。それまでは、プロファイルを手で入力できます。",
        en: "The card-info PIN (券面事項入力補助用の暗証番号) is locked. Take your My Number Card to your municipal office to have it reset. Until then, enter the profile by hand.",
      },
    },
  },
  // --- certificates ---------------------------------------------------------------------------------------------
  CERT_EXPIRED: {
    retriable: false,
    ja: "カードの電子証明書の有効期限が切れています。この証明書では申請できません。市区町村の窓口で電子証明書を更新してください。",
    en: "The card's certificate has expired and cannot be used to apply. Renew the certificate at your municipal office.",
  },
  CERT_NOT_YET_VALID: {
    retriable: false,
    ja: "カードの電子証明書はまだ有効になっていません。パソコンの日付と時刻を確認してください。",
    en: "The card's certificate is not valid yet. Check this computer's date and time.",
  },
  CERT_MISSING: {
    retriable: false,
    ja: "カードに必要な電子証明書が入っていません（発行を希望しなかった、失効させた、または 15 歳未満で署名用電子証明書が発行されていない場合）。お住まいの市区町村の窓口で電子証明書の発行を申請してください。15 歳未満の方は、DIPS-REG の別の本人確認方法をお使いください。",
    en: "The card does not hold the certificate needed (it was declined or revoked, or the holder is under 15 and gets no signing certificate). Apply for the certificate at your municipal office. Holders under 15: use another identity check that DIPS-REG offers.",
  },
  CERT_INVALID: {
    retriable: false,
    ja: "カードの電子証明書を検証できませんでした（発行元の証明書と一致しません）。カードをいったん外して置き直し、もう一度お試しください。繰り返す場合は市区町村の窓口にご相談ください。",
    en: "The card's certificate could not be verified against its issuing CA. Take the card off the reader, put it back and try again; if it keeps happening, ask your municipal office.",
  },
  // --- requests and the card program ----------------------------------------------------------------------------
  FRAME_TOO_LARGE: {
    retriable: false,
    ja: "要求が大きすぎるため処理しませんでした。ページを再読み込みしてもう一度お試しください。繰り返す場合は、一度に申請する機体を減らしてください。",
    en: "The request was too large and was not processed. Reload the page and try again; if it keeps happening, apply for fewer UAs at a time.",
  },
  HOST_INTERNAL: {
    retriable: false,
    ja: "DIPS Companion のカード処理プログラムで内部エラーが起きました。ブラウザを再起動してもう一度お試しください。",
    en: "An internal error occurred in DIPS Companion's card program. Restart the browser and try again.",
  },
  HOST_NOT_FOUND: {
    retriable: false,
    ja: "DIPS Companion のカード処理プログラムがインストールされていません。はじめにガイド（設定画面の「はじめにガイドを開く」）の手順でインストールしてから、もう一度お試しください。",
    en: "DIPS Companion's card program is not installed. Install it as the getting-started guide shows (“Open the getting-started guide” on the settings page), then try again.",
  },
  HOST_OUTDATED: {
    retriable: false,
    ja: "カード処理プログラムが古いため、この拡張機能と一緒には使えません。下の手順でカード処理プログラムを新しい版に更新してから、もう一度お試しください。",
    en: "The card program is too old for this extension. Update it to the current release as the steps below show, then try again.",
  },
  REQUEST_TIMEOUT: {
    retriable: true,
    ja: "時間内に処理が終わらなかったため中止しました。OK を押す前だった場合は、カードに何も送っていないので、残り回数は減っていません。サイトの画面からもう一度操作してください。",
    en: "The operation did not finish in time and was stopped. If you had not pressed OK yet, nothing was sent to the card and no try was used. Start again from the site's page.",
  },
  // --- raised by the page bridge itself (bridge-errors.ts, so the bridge ships only these) ----------------------
  ...BRIDGE_ERRORS,
  // --- extension ------------------------------------------------------------------------------------------------
  EXTENSION_INTERNAL: {
    retriable: false,
    ja: "DIPS Companion の画面で内部エラーが起きました。この画面を閉じてもう一度開いてください。直らない場合はブラウザを再起動してください。",
    en: "An internal error occurred in a DIPS Companion page. Close it and open it again; if that does not help, restart the browser.",
  },
  USER_CANCELLED: {
    retriable: true,
    ja: "キャンセルしました。続けるには、サイトの画面からもう一度操作してください。",
    en: "Cancelled. Start again from the site's page to continue.",
  },
  ORIGIN_NOT_ALLOWED: {
    retriable: false,
    ja: "このサイトはカードの利用を許可されていません。信頼できるサイトであれば、設定画面の「許可するサイト」に追加してください。",
    en: "This site is not allowed to use the card. If you trust it, add it under “Allowed sites” on the settings page.",
  },
  REQUEST_PENDING: {
    retriable: true,
    ja: "このページのカード処理がまだ終わっていません。開いている暗証番号の入力ウィンドウで入力を終えるか、キャンセルしてから、もう一度お試しください。",
    en: "This page's card request has not finished yet. Finish or cancel it in the open PIN window, then try again.",
  },
  PROFILE_INVALID: {
    retriable: false,
    ja: "プロファイルのファイルに誤りがあるため読み込みませんでした。何も変更していません。ファイルを確かめるか、DIPS Companion から書き出したファイルを選んでください。",
    en: "The profile file has errors and was not imported. Nothing was changed. Check the file, or choose one exported from DIPS Companion.",
  },
  PROFILE_LOCKED: {
    retriable: true,
    ja: "プロファイルはロックされています。パスフレーズを入力して解除してください。",
    en: "Profiles are locked. Enter the passphrase to unlock them.",
  },
  PASSPHRASE_WRONG: {
    retriable: true,
    ja: "パスフレーズが違います。確かめて入力し直してください。",
    en: "Wrong passphrase. Check it and type it again.",
  },
  POLICY_DISABLED: {
    retriable: false,
    ja: "この操作は組織の管理者によって無効にされています。必要な場合は管理者にお問い合わせください。",
    en: "This action has been disabled by your organisation's administrator. Ask your administrator if you need it.",
  },
  // --- register of registrations --------------------------------------------------------------------------------
  REGISTER_FULL: {
    retriable: true,
    ja: "登録の一覧には 5,000 件までしか保存できません。不要になった登録（期限切れ・抹消済み）を削除してから、もう一度お試しください。何も変更していません。",
    en: "The register holds at most 5,000 registrations. Remove ones you no longer need (expired or deregistered), then try again. Nothing was changed.",
  },
  REGISTER_CAPTURE_TOO_MANY: {
    retriable: false,
    ja: "このページには、一人の所有者が持つとは考えにくい数（100 件超）の新しい登録記号が表示されていたため、登録の一覧には何も記録しませんでした。DIPS-REG の本物のページか確かめてください。本物でご自身の登録なら、表示する件数を減らして開き直すと記録されます。",
    en: "This page showed more new registration marks at once than one owner plausibly has (over 100), so nothing was recorded in the register. Check that it is the real DIPS-REG page. If it is and they are yours, show fewer at a time and open it again to record them.",
  },
  REGISTER_IMPORT_INVALID: {
    retriable: false,
    ja: "登録の一覧のファイルに誤りがあるため読み込みませんでした。何も変更していません。DIPS Companion から書き出した JSON ファイルか、書き出しと同じ列名の CSV ファイルを選んでください。",
    en: "The register file has errors and was not imported. Nothing was changed. Choose a JSON file exported from DIPS Companion, or a CSV file with the export's column names.",
  },
  REGISTER_ENTRY_INVALID: {
    retriable: true,
    ja: "入力内容に誤りがあるため保存しませんでした。下の項目を直して、もう一度保存してください。",
    en: "The registration was not saved. Check the fields listed below, correct them, then save again.",
  },
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

// Marked pure so that a bundle that does not use the codes (the page bridge) drops the catalogue with them.
export const ERROR_CODES = /* @__PURE__ */ Object.keys(ERROR_CATALOGUE) as [ErrorCode, ...ErrorCode[]];

/** The languages every message exists in. */
export const LANGUAGES = ["ja", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** What a message may say besides its code: the tries left and the PIN concerned, where known. */
export interface MessageParams {
  readonly triesLeft?: number | undefined;
  readonly pinKind?: PinKind | undefined;
}

/**
/**
 * The user-facing message for a code, in the given language; `platform` "win" picks the Windows text where an entry
 * has one (`runtime.getPlatformInfo().os` names Windows "win").
 * @example errorMessage("PIN_WRONG", "en", { triesLeft: 1, pinKind: "auth" })
 * // "Wrong user-authentication PIN (利用者証明用電子証明書の暗証番号). Check it and type it again. 1 more wrong try locks it."
 */
export function errorMessage(
  code: ErrorCode,
  lang: Language,
  params: MessageParams = {},
  platform: string | null = null,
): string {
  const entry: ErrorEntry = ERROR_CATALOGUE[code];
  const { pinKind, triesLeft } = params;
  const base =
    pinKind !== undefined && entry.byPin !== undefined
      ? entry.byPin[pinKind][lang]
      : ((platform === "win" ? entry.windows : undefined)?.[lang] ?? entry[lang]);
  const text = base.replace("{pin}", (pinKind === undefined ? ANY_PIN_NAME : PIN_NAMES[pinKind])[lang]);
  if (entry.triesLeft === undefined || triesLeft === undefined) return text;
  return `${text}${lang === "en" ? " " : ""}${pluralText(lang, triesLeft, entry.triesLeft[lang])}`;
}
