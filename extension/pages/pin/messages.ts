// SPDX-License-Identifier: MIT
import type { MessageTable } from "../../i18n/translate";

export const PIN_MESSAGES = {
  "pin.title": { ja: "マイナンバーカードの暗証番号・パスワード", en: "My Number Card PIN or password" },
  "pin.pageTitle": { ja: "暗証番号の入力 - DIPS Companion", en: "PIN window - DIPS Companion" },
  "pin.lead.sign": {
    ja: "{site}が作成した申請データ（{count} 件）に電子署名します。",
    en: "You are signing the application data ({count} items) made by {site}.",
    one: { en: "You are signing the application data (1 item) made by {site}." },
  },
  "pin.lead.authenticate": {
    ja: "{site}に、マイナンバーカードで本人であることを証明します（利用者証明）。",
    en: "You are proving to {site} who you are with your My Number Card (user authentication).",
  },
  "pin.lead.card-info": {
    ja: "{site}に、カードの氏名・住所・生年月日・性別を読み取って渡します。",
    en: "{site} will receive the name, address, birth date and sex read from your card.",
  },
  "pin.lead.profile-from-card": {
    ja: "カードの氏名・住所・生年月日を読み取り、確認のうえプロファイルに保存します。",
    en: "Reads the name, address and birth date from your card; you check them before they are saved to a profile.",
  },
  "pin.site.unknown": { ja: "このサイト", en: "this site" },
  "pin.site.dips-reg": {
    ja: "ドローン登録システム（DIPS-REG）",
    en: "the drone registration system (DIPS-REG)",
  },
  "pin.siteName.dips-reg": { ja: "ドローン登録システム（DIPS-REG）", en: "Drone registration system (DIPS-REG)" },
  "pin.step.sign": { ja: "DIPS-REG の手順 ② 電子署名の付与", en: "DIPS-REG step ② Grant an electronic signature" },
  "pin.step.signAgain": {
    ja: "DIPS-REG の手順 ③ 電子署名の再付与",
    en: "DIPS-REG step ③ Re-grant an electronic signature",
  },
  "pin.step.signAgainReason": {
    ja: "操作の誤りではありません。カードの氏名・住所・生年月日が入力された内容と違ったため（初めての申請や住所が変わったときなど）、DIPS-REG が申請データをカードの内容で作り直しました。もう一度、署名用電子証明書のパスワードを入力してください。",
    en: "You did nothing wrong. The name, address or birth date on the card differed from what was entered (for example on a first application or after a move), so DIPS-REG rebuilt the application data with the card's. Type the signing password once more.",
  },
  "pin.step.authenticate": { ja: "DIPS-REG の手順 ④ 利用者証明", en: "DIPS-REG step ④ Perform user authentication" },
  "pin.countdown": {
    ja: "残り時間 {time}（時間を過ぎると中止され、サイトに伝えます）",
    en: "Time left {time} (then the request stops and the site is told)",
  },
  "pin.show": { ja: "表示", en: "Show" },
  "pin.hide": { ja: "隠す", en: "Hide" },
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
  "pin.details": { ja: "詳細", en: "Details" },
  "pin.digestCount": {
    ja: "署名するデータの指紋（SHA-256 の先頭）: {count} 件",
    en: "Fingerprints of the data to sign (start of SHA-256): {count} items",
    one: { en: "Fingerprint of the data to sign (start of SHA-256): 1 item" },
  },
  "pin.pageSummaryNote": {
    ja: "所有者と機体は、サイトの画面から読み取って表示しています。署名するのは、サイトがこの申請内容から作成した申請データです。",
    en: "The owner and UAs are read from the site's page. What is signed is the application data the site made from this application.",
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
  "pin.triesLeft": {
    ja: "残り {count} 回（最大 {maxTries} 回）",
    en: "{count} of {maxTries} tries left",
    one: { en: "1 of {maxTries} tries left" },
  },
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
  "pin.phase.ready": { ja: "入力して OK を押してください。", en: "Type it and press OK." },
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
