// SPDX-License-Identifier: MIT
import type { MessageTable } from "../../i18n/translate";

/** Text of the options page's organisation-policy section and of locked controls. */
export const POLICY_MESSAGES = {
  "policy.title": { ja: "組織のポリシー", en: "Organisation policy" },
  "policy.none": {
    ja: "組織のポリシーは設定されていません。すべての項目を自分で変更できます。",
    en: "No organisation policy is set. You can change every setting yourself.",
  },
  "policy.active": {
    ja: "次の項目は組織の管理者が設定しているため、ここでは変更できません。",
    en: "Your organisation's administrator set the following; they cannot be changed here.",
  },
  "policy.lockedReason": {
    ja: "組織のポリシーで固定されています。変更は管理者に依頼してください。",
    en: "Fixed by your organisation's policy. Ask your administrator to change it.",
  },
  "policy.contact": { ja: "問い合わせ先: {note}", en: "Contact: {note}" },
  "policy.exportDisabled": {
    ja: "プロファイルの書き出しは組織のポリシーで無効になっています。",
    en: "Profile export is turned off by your organisation's policy.",
  },
  "policy.lockRequired": {
    ja: "組織のポリシーにより、プロファイルはパスフレーズで保護する必要があります（解除できません）。",
    en: "Your organisation's policy requires a passphrase lock on profiles (it cannot be removed).",
  },
  "policy.profiles": {
    ja: "組織が配布したプロファイル（読み取り専用・入力補助で使えます）",
    en: "Profiles from your organisation (read-only, usable for prefill)",
  },
  "policy.readOnly": { ja: "（組織・読み取り専用）", en: "(organisation, read-only)" },
  "policy.rejected": {
    ja: "ポリシーの次の項目は形式が正しくないため無視しました: {keys}",
    en: "These policy keys are not valid and were ignored: {keys}",
  },
  "policy.key.allowlist": { ja: "追加で許可するサイト", en: "Additional allowed sites" },
  "policy.key.language": { ja: "表示言語", en: "Language" },
  "policy.key.coexistence": { ja: "他のカードアプリがあるとき", en: "When another card app is present" },
  "policy.key.linuxPlatformOverride": { ja: "Linux で Windows として表示", en: "Present Windows on Linux" },
  "policy.key.readerName": { ja: "使用するリーダー", en: "Reader" },
  "policy.key.prefillSelectors": { ja: "入力補助のセレクター上書き", en: "Prefill selector overrides" },
  "policy.key.diagnosticsLogging": { ja: "診断ログ", en: "Diagnostics logging" },
  "policy.key.exportDisabled": { ja: "プロファイルの書き出し禁止", en: "Profile export off" },
  "policy.key.passphraseLockRequired": { ja: "パスフレーズ保護の必須化", en: "Passphrase lock required" },
  "policy.key.profiles": { ja: "配布プロファイル", en: "Pushed profiles" },
  "policy.key.adminNote": { ja: "問い合わせ先", en: "Contact" },
} as const satisfies MessageTable;
