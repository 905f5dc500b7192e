// SPDX-License-Identifier: MIT
/** The practice site's two mails: the e-mail arrival confirmation and the fee notice. */
import type { Language } from "./language";

export const MAIL_TEXTS: Readonly<
  Record<
    Language,
    {
      confirmSubject: string;
      confirmBody: (url: string) => string;
      feeSubject: string;
      feeBody: (input: { applicationId: string; marks: readonly string[]; feeYen: number }) => string;
    }
  >
> = {
  ja: {
    confirmSubject: "【DIPS 練習用】メールアドレスの確認",
    confirmBody: (url) => `登録申請のメールアドレス確認です。次の URL を開いてください（1 回限り有効）。\n${url}`,
    feeSubject: "【DIPS 練習用】登録手数料の納付について",
    feeBody: ({ applicationId, marks, feeYen }) =>
      `申請 ${applicationId} の手続きが完了しました。\n登録記号: ${marks.join(", ")}\n手数料: ${feeYen.toLocaleString("ja-JP")}円（1 機目 900 円、2 機目以降 1 機につき 890 円）\n手数料を納付してください。`,
  },
  en: {
    confirmSubject: "[DIPS practice] Confirmation of your e-mail address",
    confirmBody: (url) =>
      `Please open this URL to confirm the e-mail address of your application (valid once).\n${url}`,
    feeSubject: "[DIPS practice] Payment of the registration fee",
    feeBody: ({ applicationId, marks, feeYen }) =>
      `The procedure of application ${applicationId} is completed.\nRegistration marks: ${marks.join(", ")}\nFee: ¥${feeYen.toLocaleString("en-US")} (¥900 for the first UA, ¥890 for each further one)\nPlease pay the fee.`,
  },
};
