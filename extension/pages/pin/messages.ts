// SPDX-License-Identifier: MIT
import type { MessageTable } from "../../i18n/translate";

export const PIN_MESSAGES = {
  "pin.title": { ja: "マイナンバーカードのパスワード入力", en: "My Number Card PIN" },
  "pin.origin": { ja: "要求元のサイト", en: "Requesting site" },
  "pin.operation": { ja: "処理", en: "Operation" },
  "pin.op.sign": { ja: "署名（電子署名）", en: "Signature (electronic signature)" },
  "pin.op.authenticate": { ja: "利用者証明", en: "User authentication" },
  "pin.op.card-info": {
    ja: "券面事項入力補助（基本4情報の読み取り）",
    en: "Card-info input support (reads the basic 4 facts)",
  },
  "pin.op.profile-from-card": {
    ja: "マイナンバーカードからプロファイルを作成（基本4情報の読み取り）",
    en: "Create a profile from the My Number Card (reads the basic 4 facts)",
  },
  "pin.origin.extension": { ja: "DIPS Companion（この拡張機能）", en: "DIPS Companion (this extension)" },
  "pin.signedData": { ja: "署名するデータ", en: "What will be signed" },
  "pin.digestCount": {
    ja: "{count} 件のデータに署名します。指紋（SHA-256 の先頭）:",
    en: "{count} item(s) will be signed. Fingerprints (start of SHA-256):",
  },
  "pin.pageSummary": { ja: "ページに表示されている申請内容", en: "Application as shown on the page" },
  "pin.pageSummaryNote": {
    ja: "サイトのページから読み取った参考情報です（署名データそのものではありません）。",
    en: "Read from the site's page for reference (not the signed data itself).",
  },
  "pin.ownerName": { ja: "所有者の氏名", en: "Owner name" },
  "pin.uaSerials": { ja: "機体の製造番号", en: "UA serial numbers" },
  "pin.notShown": { ja: "（ページに見つかりません）", en: "(not found on the page)" },
  "pin.label.sign": { ja: "署名用電子証明書のパスワード", en: "Signing password (署名用電子証明書のパスワード)" },
  "pin.label.auth": {
    ja: "利用者証明用電子証明書の暗証番号",
    en: "User-authentication PIN (利用者証明用電子証明書の暗証番号)",
  },
  "pin.label.card-info": { ja: "券面事項入力補助用の暗証番号", en: "Card-info PIN (券面事項入力補助用の暗証番号)" },
  "pin.rule.sign": { ja: "英大文字と数字の 6〜16 文字", en: "6–16 letters A–Z and digits" },
  "pin.rule.4digits": { ja: "数字 4 桁", en: "4 digits" },
  "pin.triesLeft": { ja: "残り {triesLeft} 回（最大 {maxTries} 回）", en: "{triesLeft} of {maxTries} tries left" },
  "pin.confirmLastTry": {
    ja: "最後の 1 回であることを理解しました。間違えるとロックされます。",
    en: "I understand this is the last try; a wrong PIN locks it.",
  },
  "pin.submit": { ja: "OK", en: "OK" },
  "pin.cancel": { ja: "キャンセル", en: "Cancel" },
  "pin.close": { ja: "閉じる", en: "Close" },
  "pin.phase.queued": {
    ja: "別のタブのカード処理が終わるまでお待ちください。",
    en: "Waiting until the card operation in another tab finishes.",
  },
  "pin.phase.checking": { ja: "カードを確認しています…", en: "Checking the card…" },
  "pin.phase.ready": { ja: "パスワードを入力して OK を押してください。", en: "Type the PIN and press OK." },
  "pin.phase.working": {
    ja: "カードで処理しています。カードを外さないでください…",
    en: "Working with the card. Keep it on the reader…",
  },
  "pin.phase.done": { ja: "完了しました。", en: "Done." },
  "pin.phase.readForProfile": {
    ja: "カードを読み取りました。下の内容を確認してから保存してください。",
    en: "The card was read. Check the data below before you save it.",
  },
  "pin.phase.failed": { ja: "処理を終了しました。", en: "The operation has ended." },
} as const satisfies MessageTable;
