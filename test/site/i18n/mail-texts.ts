// SPDX-License-Identifier: MIT
/** The practice site's mails: the e-mail arrival confirmation, the fee notice and the registration notice. */
import type { Language } from "./language";

export const MAIL_TEXTS: Readonly<
  Record<
    Language,
    {
      confirmSubject: string;
      confirmBody: (url: string) => string;
      feeSubject: string;
      feeBody: (input: { applicationId: string; feeYen: number }) => string;
      registeredSubject: string;
      registeredBody: (input: { applicationId: string; marks: readonly string[] }) => string;
    }
  >
> = {
  ja: {
    confirmSubject: "【DIPS 練習用】メールアドレスの確認",
    confirmBody: (url) => `登録申請のメールアドレス確認です。次の URL を開いてください（1 回限り有効）。\n${url}`,
    feeSubject: "【DIPS 練習用】登録手数料の納付について",
    feeBody: ({ applicationId, feeYen }) =>
      `申請 ${applicationId} の手続きが完了しました。\n手数料: ${feeYen.toLocaleString("ja-JP")}円（1 機目 900 円、2 機目以降 1 機につき 890 円）\n次の URL から手数料を納付してください（練習用の納付画面です。実際の支払いは行われません）。納付後に登録記号が付与されます。`,
    registeredSubject: "【DIPS 練習用】登録完了のお知らせ",
    registeredBody: ({ applicationId, marks }) =>
      `申請 ${applicationId} の手数料の納付を確認し、登録記号を付与しました。\n登録記号: ${marks.join(", ")}\n登録済みの無人航空機は「登録済み無人航空機一覧」で確認できます。`,
  },
  en: {
    confirmSubject: "[DIPS practice] Confirmation of your e-mail address",
    confirmBody: (url) =>
      `Please open this URL to confirm the e-mail address of your application (valid once).\n${url}`,
    feeSubject: "[DIPS practice] Payment of the registration fee",
    feeBody: ({ applicationId, feeYen }) =>
      `The procedure of application ${applicationId} is completed.\nFee: ¥${feeYen.toLocaleString("en-US")} (¥900 for the first UA, ¥890 for each further one)\nPlease pay the fee from this URL (a practice payment page; nothing is really paid). The registration marks are issued once the fee is paid.`,
    registeredSubject: "[DIPS practice] Registration completed",
    registeredBody: ({ applicationId, marks }) =>
      `The fee of application ${applicationId} was paid and the registration marks were issued.\nRegistration marks: ${marks.join(", ")}\nYour registered UAs are listed under "List of registered UAs".`,
  },
};
