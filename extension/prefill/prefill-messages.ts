// SPDX-License-Identifier: MIT
import type { MessageTable } from "../i18n/translate";

export const PREFILL_MESSAGES = {
  "prefill.title": { ja: "保存したプロファイルで入力", en: "Fill from a saved profile" },
  "prefill.owner": { ja: "所有者", en: "Owner" },
  "prefill.uas": { ja: "無人航空機（選んだ順に UA 1, UA 2, …）", en: "UAs (UA 1, UA 2, … in the order chosen)" },
  "prefill.fill": { ja: "このページに入力", en: "Fill this page" },
  "prefill.noProfiles": {
    ja: "保存したプロファイルがありません。設定画面の「プロファイル」で追加してください。",
    en: "No saved profiles. Add one under “Profiles” on the options page.",
  },
  "prefill.notAllowed": {
    ja: "このサイトは許可されていないため入力できません。",
    en: "This site is not on the allowlist, so nothing can be filled.",
  },
  "prefill.locked": { ja: "プロファイルはロックされています。", en: "Profiles are locked." },
  "prefill.passphrase": { ja: "パスフレーズ", en: "Passphrase" },
  "prefill.unlock": { ja: "ロック解除", en: "Unlock" },
  "prefill.filled": {
    ja: "{count} 項目を入力しました。送信はしていません。",
    en: "Filled {count} fields. Nothing was submitted.",
  },
  "prefill.notFound": { ja: "このページに見つからなかった項目:", en: "Fields not found on this page:" },
  "prefill.noOption": { ja: "選択肢が合わなかった項目:", en: "Fields whose choices did not match:" },
  "prefill.refused": {
    ja: "値が欄に合わないため空のままにした項目（確認して手で入力してください）:",
    en: "Left empty because the value did not fit the box (check and type it yourself):",
  },
  "prefill.reason.not-email": {
    ja: "メールアドレスの欄ですが値がメールアドレスではありません",
    en: "an e-mail box, but the value is not an e-mail address",
  },
  "prefill.reason.not-katakana": {
    ja: "カタカナの欄ですが値がカタカナではありません",
    en: "the box asks for katakana",
  },
  "prefill.reason.not-hiragana": { ja: "ひらがなの欄ですが値がひらがなにできません", en: "the box asks for hiragana" },
  "prefill.reason.too-long": { ja: "欄の最大文字数を超えます", en: "longer than the box allows" },
  "prefill.reason.pattern": { ja: "欄が求める形式と合いません", en: "not in the format the box asks for" },
  "prefill.reason.not-number": {
    ja: "数値の欄ですが値が数値ではありません",
    en: "a number box, but the value is not a number",
  },
  "prefill.reason.not-digits": {
    ja: "数字だけの欄ですが値に数字以外が含まれます",
    en: "a digits-only box, but the value has other characters",
  },
  "prefill.reason.not-phone": {
    ja: "電話番号の欄ですが値が電話番号ではありません",
    en: "a phone box, but the value is not a phone number",
  },
  "prefill.reason.not-date": {
    ja: "日付の欄ですが値が日付ではありません",
    en: "a date box, but the value is not a date",
  },
  "prefill.reason.no-option": { ja: "選択肢に合うものがありません", en: "no option matches" },
  "prefill.reason.cannot-split": {
    ja: "値を欄の区切りに合わせて分けられません",
    en: "the value cannot be split into this box's parts",
  },
  "prefill.failed": { ja: "入力できませんでした: {reason}", en: "Could not fill: {reason}" },
} as const satisfies MessageTable;
