// SPDX-License-Identifier: MIT
/** Texts of the pages after completion: the practice fee payment, the list of registered UAs and renewal. */
import type { Language } from "./language";

const ja = {
  paymentTitle: "手数料の納付（練習用）",
  paymentLead: "練習用の納付画面です。実際の支払いは行われません。納付後に登録記号が付与されます。",
  paymentApplication: "申請番号",
  paymentFee: "手数料",
  pay: "手数料を納付する",
  paidTitle: "納付の完了",
  paidLead: "手数料の納付が完了し、登録記号が付与されました。",
  paymentInvalid: "この納付画面は使用済みか、無効です。",
  listTitle: "登録済み無人航空機一覧",
  listEmpty: "登録済みの無人航空機はありません。",
  listColumns: ["登録記号", "製造者名", "型式名", "製造番号", "登録年月日", "有効期間満了日", ""],
  renew: "有効期間の更新",
  renewalLead: "有効期間の更新は、有効期間満了日の 1 か月前から申請できます。",
  renewalOpen: "更新の申請ができます。練習用サイトでは申請の受付は行いません。",
  renewalNotYet: "まだ更新の申請期間ではありません。",
  renewalExpiry: "有効期間満了日",
};

type Texts = typeof ja;

const en: Texts = {
  paymentTitle: "Payment of the fee (practice)",
  paymentLead:
    "A practice payment page: nothing is really paid. The registration marks are issued once the fee is paid.",
  paymentApplication: "Application",
  paymentFee: "Fee",
  pay: "Pay the fee",
  paidTitle: "Payment completed",
  paidLead: "The fee was paid and the registration marks were issued.",
  paymentInvalid: "This payment page has already been used or is not valid.",
  listTitle: "List of registered UAs",
  listEmpty: "No registered UAs.",
  listColumns: [
    "Registration mark",
    "Manufacturer name",
    "Model name",
    "Serial number",
    "Date of registration",
    "Expiration date",
    "",
  ],
  renew: "Renewal of the validity period",
  renewalLead: "The validity period can be renewed from one month before its expiration date.",
  renewalOpen: "You can apply for renewal now. The practice site does not take renewal applications.",
  renewalNotYet: "The renewal period has not started yet.",
  renewalExpiry: "Expiration date",
};

export const REGISTERED_TEXTS: Readonly<Record<Language, Texts>> = { ja, en };
