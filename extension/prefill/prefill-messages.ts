// SPDX-License-Identifier: MIT
import type { MessageTable } from "../i18n/translate";

export const PREFILL_MESSAGES = {
  "prefill.title": { ja: "保存したプロファイルで入力", en: "Fill from a saved profile" },
  "prefill.owner": { ja: "所有者", en: "Owner" },
  "prefill.uas": { ja: "無人航空機（選んだ順に UA 1, UA 2, …）", en: "UAs (UA 1, UA 2, … in the order chosen)" },
  "prefill.fill": { ja: "このページに入力", en: "Fill this page" },
  "prefill.noProfiles": {
    ja: "保存したプロファイルがありません。設定画面の「プロファイル」で追加してください。",
    en: "No saved profiles. Add one under “Profiles” on the settings page.",
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
    one: { en: "Filled 1 field. Nothing was submitted." },
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
  "prefill.teach.title": { ja: "このページに欄を教える", en: "Teach this page a box" },
  "prefill.teach.help": {
    ja: "見つからなかった欄や空のままの欄は、何の欄かを選んでからページ上でその欄をクリックすると、このページで次から使います。",
    en: "For a box that was not found or left empty: choose what it is, then click it on the page. This page uses it from then on.",
  },
  "prefill.teach.field": { ja: "教える欄", en: "Box to teach" },
  "prefill.teach.start": { ja: "ページでクリックして指定", en: "Click it on the page" },
  "prefill.teach.prompt": {
    ja: "「{field}」の欄をクリックしてください（Esc で中止）",
    en: "Click the box for “{field}” (Esc cancels)",
  },
  "prefill.teach.waiting": {
    ja: "ページで「{field}」の欄をクリックしてください。",
    en: "Click the box for “{field}” on the page.",
  },
  "prefill.teach.saved": {
    ja: "「{field}」の欄を覚えました。もう一度入力してください。",
    en: "Learned the box for “{field}”. Fill the page again.",
  },
  "prefill.teach.cancelled": { ja: "中止しました。", en: "Cancelled." },
  "prefill.teach.no-selector": {
    ja: "この欄には id も name もないため覚えられません。",
    en: "This box has neither an id nor a name, so it cannot be remembered.",
  },
  "prefill.teach.save-failed": { ja: "保存できませんでした。", en: "Could not save." },
  "prefill.teach.bad-request": { ja: "このページでは指定できません。", en: "This page cannot be taught." },
  "prefill.failed": { ja: "入力できませんでした: {reason}", en: "Could not fill: {reason}" },
} as const satisfies MessageTable;
