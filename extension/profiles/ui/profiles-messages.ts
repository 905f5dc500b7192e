// SPDX-License-Identifier: MIT
import type { MessageTable } from "../../i18n/translate";

export const PROFILES_MESSAGES = {
  "profiles.owners": { ja: "所有者", en: "Owners" },
  "profiles.uas": { ja: "無人航空機", en: "UAs" },
  "profiles.none": { ja: "まだありません。", en: "None yet." },
  "profiles.addIndividual": { ja: "個人の所有者を追加", en: "Add an individual owner" },
  "profiles.addCorporation": { ja: "法人の所有者を追加", en: "Add a corporate owner" },
  "profiles.addUa": { ja: "無人航空機を追加", en: "Add a UA" },
  "profiles.edit": { ja: "編集", en: "Edit" },
  "profiles.delete": { ja: "削除", en: "Delete" },
  "profiles.deleteNamed": { ja: "削除（{name}）", en: "Delete ({name})" },
  "profiles.deleteConfirm": {
    ja: "「{name}」を削除しますか？ この画面を閉じるまでは元に戻せます。",
    en: "Delete “{name}”? You can undo it until you close this page.",
  },
  "profiles.deleted": {
    ja: "「{name}」を削除しました。この画面を閉じるまでは元に戻せます。",
    en: "Deleted “{name}”. You can undo it until you close this page.",
  },
  "profiles.undo": { ja: "元に戻す", en: "Undo" },
  "profiles.save": { ja: "保存", en: "Save" },
  "profiles.cancel": { ja: "キャンセル", en: "Cancel" },
  "profiles.saved": { ja: "保存しました。", en: "Saved." },
  "profiles.invalid": { ja: "入力に誤りがあります:", en: "Please correct:" },
  "profiles.transfer": { ja: "読み込み・書き出し", en: "Import and export" },
  "profiles.import": {
    ja: "ファイルを読み込む（JSON、または無人航空機の CSV）",
    en: "Import a file (JSON, or a CSV of UAs)",
  },
  "profiles.imported": { ja: "読み込みました。", en: "Imported." },
  "profiles.importedUas": {
    ja: "無人航空機 {count} 件を追加、{updated} 件を更新しました。",
    en: "Added {count} UAs and updated {updated}.",
    one: { en: "Added 1 UA and updated {updated}." },
  },
  "profiles.importRejected": {
    ja: "ファイルに誤りがあるため読み込みませんでした（何も変更していません）:",
    en: "The file has errors and was not imported (nothing was changed):",
  },
  "profiles.export": { ja: "JSON で書き出す", en: "Export as JSON" },
  "profiles.exportNote": {
    ja: "書き出したファイルは暗号化されていません。取り扱いに注意してください。",
    en: "The exported file is not encrypted. Keep it safe.",
  },
  "profiles.lock": { ja: "パスフレーズによるロック", en: "Passphrase lock" },
  "profiles.lockOff": { ja: "ロックしていません。", en: "Not locked." },
  "profiles.lockOn": { ja: "ロック中です。", en: "Locked." },
  "profiles.lockUnlocked": {
    ja: "ロックを解除しています（ブラウザを閉じるまで）。",
    en: "Unlocked (until the browser closes).",
  },
  "profiles.passphrase": { ja: "パスフレーズ", en: "Passphrase" },
  "profiles.setPassphrase": { ja: "パスフレーズを設定", en: "Set passphrase" },
  "profiles.unlock": { ja: "ロック解除", en: "Unlock" },
  "profiles.lockNow": { ja: "今すぐロック", en: "Lock now" },
  "profiles.removeLock": { ja: "ロックをやめる", en: "Remove the lock" },
  "profiles.passphraseShort": {
    ja: "パスフレーズは 8 文字以上にしてください。",
    en: "Use a passphrase of at least 8 characters.",
  },
  "profiles.kind.individual": { ja: "個人", en: "Individual" },
  "profiles.kind.corporation": { ja: "法人", en: "Corporation" },
  "profiles.userSame": { ja: "使用者は所有者と同じ", en: "The user is the same as the owner" },
  "profiles.userSection": { ja: "使用者", en: "User" },
  "profiles.yes": { ja: "あり", en: "Yes" },
} as const satisfies MessageTable;
