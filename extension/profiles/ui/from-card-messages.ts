// SPDX-License-Identifier: MIT
/** Text of the "Create from My Number Card" button (from-card-button.ts). */
import type { MessageTable } from "../../i18n/translate";

export const FROM_CARD_MESSAGES = {
  "profiles.fromCard": { ja: "マイナンバーカードから作成", en: "Create from My Number Card" },
  "profiles.fromCardNote": {
    ja: "券面事項入力補助用の暗証番号（数字 4 桁）で、氏名・住所・生年月日を読み取ります。保存の前に確認できます。",
    en: "Reads the name, address and birth date with the card-info PIN (券面事項入力補助用の暗証番号, 4 digits). You confirm before anything is saved.",
  },
} as const satisfies MessageTable;
