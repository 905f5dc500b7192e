// SPDX-License-Identifier: MIT
import type { MessageTable } from "../../i18n/translate";

export const GUIDE_MESSAGES = {
  "guide.title": { ja: "はじめに: DIPS Companion の準備", en: "Getting started with DIPS Companion" },
  "guide.intro": {
    ja: "ドローン登録でマイナンバーカードを使うための準備を、上から順に確認します。暗証番号・パスワードは使いません。",
    en: "This checks, from top to bottom, what you need to use your My Number Card for drone registration. No PIN or password is used.",
  },
  "guide.step.host": { ja: "1. カード処理プログラム", en: "1. Card program" },
  "guide.step.pcsc": { ja: "2. スマートカードサービス", en: "2. Smart card service" },
  "guide.step.readers": { ja: "3. IC カードリーダー", en: "3. IC card reader" },
  "guide.step.card": { ja: "4. マイナンバーカード", en: "4. My Number Card" },
  "guide.step.cert": { ja: "5. 電子証明書の有効期限", en: "5. Certificate validity" },
  "guide.coexistence": {
    ja: "公式のマイナポータルAP がこのパソコンに入っている場合、DIPS Companion は DIPS-REG での応答をそちらに任せます（既定の設定）。DIPS Companion を使う場合は、下のボタンを押してください。",
    en: "Where the official Mynaportal AP is installed on this computer, DIPS Companion leaves DIPS-REG to it (the default). To use DIPS Companion instead, press the button below.",
  },
  "guide.chooseCompanion": { ja: "DIPS Companion を使う", en: "Use DIPS Companion" },
  "guide.companionChosen": {
    ja: "DIPS Companion が応答するように設定しました。設定画面の「他のカードアプリがあるとき」でいつでも戻せます。",
    en: "DIPS Companion now answers. You can change this at any time under “When another card app is present” on the settings page.",
  },
  "guide.state.ok": { ja: "確認済み", en: "Passed" },
  "guide.state.failed": { ja: "要対応", en: "Needs action" },
  "guide.state.waiting": { ja: "未確認", en: "Not checked yet" },
  "guide.waiting": { ja: "前の手順が終わってから確認します。", en: "Checked once the step before it passes." },
  "guide.checking": { ja: "確認しています…", en: "Checking…" },
  "guide.recheck": { ja: "もう一度確認", en: "Check again" },
  "guide.failedToRun": {
    ja: "確認を実行できませんでした。拡張機能を再読み込みしてから、もう一度お試しください。",
    en: "The checks could not run. Reload the extension and try again.",
  },
  "guide.ready": {
    ja: "準備ができました。最後に、マイナンバーカードから所有者プロファイルを作っておくと、申請時の再署名（手順③）を避けられます。",
    en: "All set. Finally, create your owner profile from the My Number Card: the application then needs no second signature (step ③).",
  },
  "guide.open": { ja: "はじめにガイドを開く", en: "Open the getting-started guide" },
} as const satisfies MessageTable;
