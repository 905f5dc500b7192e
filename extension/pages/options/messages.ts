// SPDX-License-Identifier: MIT
import type { MessageTable } from "../../i18n/translate";

export const OPTIONS_MESSAGES = {
  "options.title": { ja: "DIPS Companion の設定", en: "DIPS Companion settings" },
  "options.diagnostics": { ja: "診断", en: "Diagnostics" },
  "options.diagnosticsNote": {
    ja: "カード処理プログラム・リーダー・カードの状態を確認します。暗証番号・パスワードの残り回数は減りません。",
    en: "Checks the card program, readers and card. No try of any PIN or password is used.",
  },
  "options.diagnosticsRun": { ja: "もう一度確認", en: "Check again" },
  "options.diag.running": { ja: "確認しています…", en: "Checking…" },
  "options.diag.failed": {
    ja: "診断を実行できませんでした。このページを再読み込みしてもう一度お試しください。",
    en: "The diagnostics could not run. Reload this page and try again.",
  },
  "options.diag.host": {
    ja: "カード処理プログラム: バージョン {version}",
    en: "Card program: version {version}",
  },
  "options.diag.hostMissing": {
    ja: "カード処理プログラムに接続できません",
    en: "Cannot reach the card program",
  },
  "options.diag.pcsc": { ja: "スマートカードサービス（PC/SC）: 動作中", en: "Smart card service (PC/SC): running" },
  "options.diag.pcscDown": {
    ja: "スマートカードサービス（PC/SC）が動いていません",
    en: "Smart card service (PC/SC) is not running",
  },
  "options.diag.readers": { ja: "IC カードリーダー: {names}", en: "IC card readers: {names}" },
  "options.diag.noReaders": { ja: "IC カードリーダーが見つかりません", en: "No IC card reader found" },
  "options.diag.card": { ja: "マイナンバーカード: {reader}（{token}）", en: "My Number Card: {reader} ({token})" },
  "options.diag.noCard": { ja: "マイナンバーカードが見つかりません", en: "No My Number Card found" },
  "options.diag.cert": {
    ja: "利用者証明用電子証明書: {notBefore} 〜 {notAfter}",
    en: "Authentication certificate: {notBefore} to {notAfter}",
  },
  "options.diag.certInvalid": {
    ja: "利用者証明用電子証明書は有効期間外です（{notBefore} 〜 {notAfter}）",
    en: "The authentication certificate is outside its validity ({notBefore} to {notAfter})",
  },
  "options.diag.tries": {
    ja: "残り回数: 利用者証明用電子証明書の暗証番号 {auth}／署名用電子証明書のパスワード {sign}／券面事項入力補助用の暗証番号 {cardInfo}",
    en: "Tries left: user-authentication PIN {auth} / signing password {sign} / card-info PIN {cardInfo}",
  },
  "options.diag.lastTry": {
    ja: "残り 1 回の暗証番号・パスワードがあります。入力の前に、正しいものか確かめてください。",
    en: "A PIN or password has one try left. Make sure of it before you type it.",
  },
  "options.diag.permissions": {
    ja: "許可されていないサイト: {origins}",
    en: "Sites without permission: {origins}",
  },
  "options.diag.permissionsFix": {
    ja: "「許可するサイト」でいったん削除し、もう一度追加してブラウザの確認で許可してください。",
    en: "Remove them under “Allowed sites” and add them again, accepting the browser's prompt.",
  },
  "options.allowlist": { ja: "許可するサイト", en: "Allowed sites" },
  "options.allowlistNote": {
    ja: "カードを使えるサイト（オリジン）です。DIPS-REG は常に許可されます。https、またはこのパソコン上（127.0.0.1 / localhost）の http のみ追加できます。",
    en: "Sites (origins) that may use the card. DIPS-REG is always allowed. Only https, or http on this computer (127.0.0.1 / localhost), can be added.",
  },
  "options.allowlistAdd": { ja: "追加", en: "Add" },
  "options.allowlistRemove": { ja: "削除", en: "Remove" },
  "options.allowlistDefault": { ja: "（既定）", en: "(default)" },
  "options.allowlistPolicy": { ja: "（組織のポリシー）", en: "(organisation policy)" },
  "options.allowlistGrant": { ja: "このサイトを許可", en: "Allow this site" },
  "options.allowlistNoPermission": { ja: "（ブラウザの許可がありません）", en: "(no browser permission)" },
  "options.allowlistInvalid": {
    ja: "https://〜 の形式（このパソコン上なら http://127.0.0.1:ポート も可）で入力してください。",
    en: "Enter https://… (or http://127.0.0.1:port for a site on this computer).",
  },
  "options.allowlistDenied": {
    ja: "ブラウザでの許可が得られなかったため追加しませんでした。",
    en: "The browser permission was not granted; nothing was added.",
  },
  "options.allowlistFailed": {
    ja: "許可するサイトを変更できませんでした。このページを再読み込みしてもう一度お試しください。",
    en: "The allowed sites could not be changed. Reload this page and try again.",
  },
  "options.settings": { ja: "動作", en: "Behaviour" },
  "options.language": { ja: "表示言語", en: "Language" },
  "options.language.auto": { ja: "ブラウザに合わせる", en: "Same as the browser" },
  "options.coexistence": { ja: "他のカードアプリがあるとき", en: "When another card app is present" },
  "options.coexistence.step-aside": { ja: "そのアプリに任せる", en: "Leave the page to it" },
  "options.coexistence.answer": { ja: "DIPS Companion が応答する", en: "DIPS Companion answers" },
  "options.linuxPlatform": {
    ja: "Linux で、許可したサイトに Windows として表示する（サイトが Linux を受け付けないため）",
    en: "On Linux, present Windows to allowed sites (the sites refuse Linux)",
  },
  "options.advanced": { ja: "詳細設定", en: "Advanced settings" },
  "options.reader": {
    ja: "使用するリーダー（空欄で自動。見つかったリーダーから選べます）",
    en: "Reader to use (empty: automatic; pick one of the readers found)",
  },
  "options.logging": {
    ja: "診断ログを記録する（暗証番号・パスワードやカードの内容は記録しません）",
    en: "Diagnostics logging (never a PIN, password or card data)",
  },
  "options.selectors": { ja: "入力補助のセレクター上書き（JSON）", en: "Prefill selector overrides (JSON)" },
  "options.selectorsNote": {
    ja: '{"URL の先頭": {"項目": "CSS セレクター"}} の形式。サイトが変わったときの調整用です。',
    en: 'Format {"URL prefix": {"field": "CSS selector"}}; for adjusting to a changed site.',
  },
  "options.selectorsInvalid": {
    ja: "JSON の形式が正しくないため保存しませんでした。",
    en: "Not valid JSON of that shape; not saved.",
  },
  "options.saved": { ja: "保存しました。", en: "Saved." },
  "options.saveFailed": {
    ja: "保存できませんでした。このページを再読み込みしてもう一度お試しください。",
    en: "Not saved. Reload this page and try again.",
  },
  "options.managed": { ja: "組織のポリシーで固定されています。", en: "Fixed by your organisation's policy." },
  "options.profiles": { ja: "プロファイル", en: "Profiles" },
} as const satisfies MessageTable;
