// SPDX-License-Identifier: MIT
/**
 * The one catalogue of error codes crossing any boundary (host → background → PIN window / page / options).
 * Each entry says whether trying again can help and gives a message a user can act on, in Japanese and English.
 * `{triesLeft}` in a message is replaced by the number of PIN tries left.
 */
import { BRIDGE_ERRORS } from "./bridge-errors";
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
    en: "This card has no card-info input support (e.g. a Juki card). Use a My Number Card, or enter the profile by hand.",
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
    ja: "カードまたはリーダーが応答しません。カードを置き直すかリーダーを接続し直してから、もう一度お試しください。",
    en: "The card or reader is not responding. Replace the card or reconnect the reader and try again.",
  },
  CARD_ERROR: {
    retriable: false,
    ja: "カードが予期しない応答を返しました。カードを置き直してもう一度お試しください。繰り返す場合は市区町村の窓口にご相談ください。",
    en: "The card gave an unexpected answer. Replace the card and try again; if it keeps happening, ask your municipal office.",
  },
  // --- PINs -----------------------------------------------------------------------------------------------------
  PIN_MALFORMED: {
    retriable: true,
    ja: "パスワードの形式が正しくありません（利用者証明用・券面事項入力補助用は数字 4 桁、署名用は英大文字と数字の 6〜16 文字）。カードには送信していません。",
    en: "The PIN format is wrong (4 digits for authentication and card info; 6–16 letters A–Z and digits for signing). Nothing was sent to the card.",
  },
  PIN_WRONG: {
    retriable: true,
    ja: "パスワードが違います。残り {triesLeft} 回間違えるとロックされます。",
    en: "Wrong PIN. {triesLeft} tries left before the PIN is locked.",
  },
  PIN_LAST_TRY_UNCONFIRMED: {
    retriable: true,
    ja: "残り 1 回です。間違えるとロックされ、市区町村の窓口での手続きが必要になります。入力する場合は、最後の 1 回であることを確認してください。",
    en: "One try left. A wrong PIN will lock it, and unlocking needs a visit to your municipal office. Confirm that you want to use the last try.",
  },
  PIN_BLOCKED: {
    retriable: false,
    ja: "パスワードがロックされています。市区町村の窓口（署名用はコンビニのキオスク端末でも可）で初期化の手続きをしてください。",
    en: "The PIN is locked. Have it reset at your municipal office (the signing password also at a convenience-store kiosk).",
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
    ja: "カードに必要な電子証明書がありません（15 歳未満の方には署名用電子証明書が発行されません）。",
    en: "The card lacks the required certificate (no signing certificate is issued to holders under 15).",
  },
  CERT_INVALID: {
    retriable: false,
    ja: "カードの電子証明書を検証できませんでした（発行元の証明書と一致しません）。",
    en: "The card's certificate could not be verified against its issuing CA.",
  },
  // --- requests and the host ------------------------------------------------------------------------------------
  FRAME_TOO_LARGE: {
    retriable: false,
    ja: "要求が大きすぎるため処理しませんでした。",
    en: "The request was too large and was not processed.",
  },
  HOST_INTERNAL: {
    retriable: false,
    ja: "DIPS Companion のカード処理で内部エラーが起きました。ブラウザを再起動してもう一度お試しください。",
    en: "An internal error occurred in DIPS Companion's card service. Restart the browser and try again.",
  },
  HOST_NOT_FOUND: {
    retriable: false,
    ja: "DIPS Companion のカード処理プログラム（ネイティブホスト）がインストールされていません。インストール手順に従ってホストを登録してください。",
    en: "DIPS Companion's card service (native host) is not installed. Register the host as the installation guide describes.",
  },
  HOST_OUTDATED: {
    retriable: false,
    ja: "カード処理プログラム（カードホスト）が古く、この拡張機能と一緒には使えません。カードホストを新しい版に更新してください。",
    en: "The card host (the program that talks to the card) is too old for this extension. Update the card host to the current release.",
  },
  REQUEST_TIMEOUT: {
    retriable: true,
    ja: "時間内に処理が終わりませんでした。もう一度お試しください。",
    en: "The operation did not finish in time. Try again.",
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
    ja: "キャンセルされました。",
    en: "Cancelled.",
  },
  ORIGIN_NOT_ALLOWED: {
    retriable: false,
    ja: "このサイトはカードの利用を許可されていません。オプション画面の「許可するサイト」を確認してください。",
    en: "This site is not allowed to use the card. Check “Allowed sites” on the options page.",
  },
  REQUEST_PENDING: {
    retriable: true,
    ja: "このページのカード処理がまだ終わっていません。開いているパスワード入力のウィンドウで入力を終えるか、キャンセルしてから、もう一度お試しください。",
    en: "This page's card request has not finished yet. Finish or cancel it in the open password window, then try again.",
  },
  PROFILE_INVALID: {
    retriable: false,
    ja: "プロファイルのファイルに誤りがあるため読み込みませんでした。何も変更していません。",
    en: "The profile file has errors and was not imported. Nothing was changed.",
  },
  PROFILE_LOCKED: {
    retriable: true,
    ja: "プロファイルはロックされています。パスフレーズを入力して解除してください。",
    en: "Profiles are locked. Enter the passphrase to unlock them.",
  },
  PASSPHRASE_WRONG: {
    retriable: true,
    ja: "パスフレーズが違います。",
    en: "Wrong passphrase.",
  },
  POLICY_DISABLED: {
    retriable: false,
    ja: "この操作は組織の管理者によって無効にされています。",
    en: "This action has been disabled by your organisation's administrator.",
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
    ja: "登録一覧のファイルに誤りがあるため読み込みませんでした。何も変更していません。DIPS Companion から書き出した JSON ファイルか、書き出しと同じ列名の CSV ファイルを選んでください。",
    en: "The register file has errors and was not imported. Nothing was changed. Choose a JSON file exported from DIPS Companion, or a CSV file with the export's column names.",
  },
  REGISTER_ENTRY_INVALID: {
    retriable: true,
    ja: "入力内容に誤りがあるため保存しませんでした。下の項目を直して、もう一度保存してください。",
    en: "The registration was not saved: correct the fields listed below, then save again.",
  },
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

// Marked pure so that a bundle that does not use the codes (the page bridge) drops the catalogue with them.
export const ERROR_CODES = /* @__PURE__ */ Object.keys(ERROR_CATALOGUE) as [ErrorCode, ...ErrorCode[]];

/** The languages every message exists in. */
export const LANGUAGES = ["ja", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The user-facing message for a code, in the given language; `platform` "win" picks the Windows text where an entry
 * has one (`runtime.getPlatformInfo().os` names Windows "win").
 * @example errorMessage("PIN_WRONG", "en", { triesLeft: 2 }) // "Wrong PIN. 2 tries left before the PIN is locked."
 */
export function errorMessage(
  code: ErrorCode,
  lang: Language,
  params: { triesLeft?: number } = {},
  platform: string | null = null,
): string {
  const entry: ErrorEntry = ERROR_CATALOGUE[code];
  const text = (platform === "win" ? entry.windows : undefined)?.[lang] ?? entry[lang];
  return text.replace("{triesLeft}", params.triesLeft === undefined ? "?" : String(params.triesLeft));
}
