// SPDX-License-Identifier: MIT
import type { MessageTable } from "../../i18n/translate";

export const PRECHECK_MESSAGES = {
  "precheck.title": { ja: "カードの基本4情報とプロファイルの違い", en: "Card facts differ from the profile" },
  "precheck.intro": {
    ja: "署名に使ったマイナンバーカードの内容と、このページに入力したプロファイル（{owner}）が異なります。DIPS-REG はカードの内容に置き換えて、もう一度署名を求めます（手順③）。",
    en: "The My Number Card used to sign differs from the profile filled into this page ({owner}). DIPS-REG will replace the data with the card's and ask you to sign again (step ③).",
  },
  "precheck.field": { ja: "項目", en: "Field" },
  "precheck.card": { ja: "カード", en: "Card" },
  "precheck.profile": { ja: "プロファイル", en: "Profile" },
  "precheck.field.name": { ja: "氏名", en: "Name" },
  "precheck.field.address": { ja: "住所", en: "Address" },
  "precheck.field.birthDate": { ja: "生年月日", en: "Birth date" },
  "precheck.update": { ja: "プロファイルをカードの内容に更新", en: "Update the profile to the card's data" },
  "precheck.close": { ja: "閉じる", en: "Close" },
  "precheck.updated": {
    ja: "プロファイルを更新しました。次回からはこの内容で入力します。フリガナも確認してください。",
    en: "The profile was updated and will be used from now on. Please check the reading (furigana) too.",
  },
  "precheck.none": { ja: "確認する内容はありません。", en: "Nothing to check." },
} as const satisfies MessageTable;
