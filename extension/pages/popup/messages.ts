// SPDX-License-Identifier: MIT
import type { MessageTable } from "../../i18n/translate";

export const POPUP_MESSAGES = {
  "popup.pageTitle": { ja: "このタブの状態 - DIPS Companion", en: "This tab - DIPS Companion" },
  "popup.site": { ja: "このタブのサイト", en: "Site in this tab" },
  "popup.allowed": { ja: "カードの利用", en: "Card use" },
  "popup.allowedYes": { ja: "許可されています（DIPS Companion が応答します）", en: "Allowed (DIPS Companion answers)" },
  "popup.allowedStepAside": {
    ja: "許可されていますが、他のカードアプリに任せています",
    en: "Allowed, but left to another card app",
  },
  "popup.allowedNo": { ja: "許可されていません", en: "Not allowed" },
  "popup.pending": { ja: "処理中の操作", en: "Pending operation" },
  "popup.pendingNone": { ja: "なし", en: "None" },
  "popup.otherApp": {
    ja: "このページでは別のカードアプリ（公式のマイナポータルAP など）が応答しています。DIPS Companion を使う場合は下のボタンを押してください。",
    en: "Another card app (such as the official Mynaportal AP) answers on this page. Press the button below to use DIPS Companion instead.",
  },
  "popup.otherAppAnswering": {
    ja: "別のカードアプリもこのページにありますが、設定により DIPS Companion が応答します。",
    en: "Another card app is also on this page; as set, DIPS Companion answers.",
  },
  "popup.chooseCompanion": { ja: "DIPS Companion を使う", en: "Use DIPS Companion" },
  "popup.chooseFailed": {
    ja: "設定を変更できませんでした。設定画面の「他のカードアプリがあるとき」で選んでください。",
    en: "The setting could not be changed. Choose it under “When another card app is present” on the settings page.",
  },
  "popup.openOptions": { ja: "設定と診断を開く", en: "Open settings and diagnostics" },
  "popup.op.sign": { ja: "署名", en: "Signature" },
  "popup.op.authenticate": { ja: "利用者証明", en: "User authentication" },
  "popup.op.card-info": { ja: "券面事項入力補助", en: "Card-info input support" },
} as const satisfies MessageTable;
