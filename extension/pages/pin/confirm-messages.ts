// SPDX-License-Identifier: MIT
import type { MessageTable } from "../../i18n/translate";

export const CONFIRM_MESSAGES = {
  "fromCard.title": {
    ja: "カードから読み取った内容（まだ保存していません）",
    en: "Read from the card (nothing saved yet)",
  },
  "fromCard.note": {
    ja: "個人番号（マイナンバー）は読み取っていません。保存するまで、この内容はどこにも記録されません。",
    en: "The individual number (My Number) was not read. Nothing is recorded anywhere until you save.",
  },
  "fromCard.field.name": { ja: "氏名", en: "Name" },
  "fromCard.field.address": { ja: "住所", en: "Address" },
  "fromCard.field.birthDate": { ja: "生年月日", en: "Birth date" },
  "fromCard.field.sex": { ja: "性別（保存しません）", en: "Sex (not saved)" },
  "fromCard.sex.1": { ja: "男性", en: "Male" },
  "fromCard.sex.2": { ja: "女性", en: "Female" },
  "fromCard.sex.3": { ja: "—", en: "—" },
  "fromCard.modeNew": { ja: "新しい所有者プロファイルを作成", en: "Create a new owner profile" },
  "fromCard.modeUpdate": { ja: "既存のプロファイルを更新:", en: "Update an existing profile:" },
  "fromCard.corporateNote": {
    ja: "法人の所有者は、個人のマイナンバーカードからは作成・更新できません（一覧に出していません）。",
    en: "Corporate owners cannot be filled from a personal My Number Card (they are not listed).",
  },
  "fromCard.label": { ja: "表示名（任意）", en: "Label (optional)" },
  "fromCard.reading": { ja: "フリガナ", en: "Reading (furigana)" },
  "fromCard.postalCode": { ja: "郵便番号", en: "Postal code" },
  "fromCard.prefecture": { ja: "都道府県", en: "Prefecture" },
  "fromCard.city": { ja: "市区町村", en: "City" },
  "fromCard.line1": { ja: "町域・番地", en: "Town and block" },
  "fromCard.line2": { ja: "建物名・部屋番号", en: "Building and room" },
  "fromCard.phone": { ja: "電話番号", en: "Phone" },
  "fromCard.email": { ja: "メールアドレス", en: "E-mail" },
  "fromCard.addressUnsure": {
    ja: "住所の分け方が確かではありません。印の付いた欄を確認してください。",
    en: "The address split is not certain. Check the marked fields.",
  },
  "fromCard.column.profile": { ja: "プロファイル", en: "Profile" },
  "fromCard.column.card": { ja: "カード", en: "Card" },
  "fromCard.column.take": { ja: "カードの内容にする", en: "Take the card's" },
  "fromCard.save": { ja: "確認して保存", en: "Save" },
  "fromCard.saved": {
    ja: "保存しました。フリガナ・郵便番号も確認してください。",
    en: "Saved. Please check the reading and the postal code too.",
  },
  "fromCard.invalid": { ja: "入力を確認してください: {fields}", en: "Please check: {fields}" },
} as const satisfies MessageTable;
