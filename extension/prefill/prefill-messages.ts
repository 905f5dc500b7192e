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
  "prefill.failed": { ja: "入力できませんでした: {reason}", en: "Could not fill: {reason}" },
} as const satisfies MessageTable;
