// SPDX-License-Identifier: MIT
/** Texts of the wizard pages, the outbox and the status page (the identity-flow modals are in flow-texts.ts). */
import type { Language } from "./language";

const ja = {
  siteTitle: "ドローン登録システム（練習用）",
  practiceNotice: "これは DIPS Companion の練習用サイトです。実際の登録は行われません。",
  steps: [
    "STEP 01 開始",
    "STEP 02 所有者登録",
    "STEP 03 無人航空機登録",
    "STEP 04 使用者登録",
    "STEP 05 確認",
    "STEP 06 完了",
  ],
  startTitle: "無人航空機の登録申請",
  startLead: "所有者・無人航空機・使用者の情報を入力し、マイナンバーカードで本人確認を行って申請します。",
  begin: "新規登録を開始する",
  next: "次へ",
  back: "戻る",
  addUa: "無人航空機を追加する",
  removeUa: "この無人航空機を削除する",
  required: "必須",
  invalid: "入力内容を確認してください",
  confirmTitle: "所有者・無人航空機・使用者情報の確認",
  correctOwner: "所有者を修正する",
  correctUa: "無人航空機を修正する",
  correctUser: "使用者を修正する",
  apply: "登録を申請する",
  outboxTitle: "受信メール（練習用）",
  outboxEmpty: "メールはまだありません。",
  statusTitle: "申請状況の確認",
  statusEmpty: "申請はありません。",
  statusColumns: ["申請番号", "状態", "登録記号", "製造者", "型式", "製造番号", "登録日", "有効期限", "手数料"],
  states: {
    "awaiting-email": "メール確認待ち",
    sign: "本人確認中",
    resign: "本人確認中",
    authenticate: "本人確認中",
    completed: "申請完了（手数料納付待ち）",
    registered: "登録完了",
    discarded: "破棄",
  },
  completeTitle: "手続きの完了",
  completeLead: "登録手続きが完了しました。",
  completeFee:
    "手続き内容を確認後、手数料の納付についてのメールが送信されます。メールを受信したら手数料を納付してください。",
  completeStatus: "申請状況はメインメニューの「申請状況の確認」で確認できます。必要に応じてご利用ください。",
  toMenu: "メニュー画面へ",
  mailConfirmedTitle: "確認完了",
  mailConfirmed:
    "メールアドレスの確認が完了しました。申請操作中の画面で操作を続けてください。この画面はブラウザの × ボタンで閉じてください。",
  mailInvalid: "この URL は使用済みか、無効です。",
  language: "English",
};

type Texts = typeof ja;

const en: Texts = {
  siteTitle: "Drone Registration System (practice)",
  practiceNotice: "This is the DIPS Companion practice site. Nothing is really registered.",
  steps: [
    "STEP 01 Start",
    "STEP 02 Owner registration",
    "STEP 03 UA registration",
    "STEP 04 User registration",
    "STEP 05 Confirmation",
    "STEP 06 Finalization",
  ],
  startTitle: "Registration of unmanned aircraft",
  startLead:
    "Enter the owner, UA and user information, verify your identity with your Individual Number Card, and apply.",
  begin: "Start a new registration",
  next: "Next",
  back: "Back",
  addUa: "Add a UA",
  removeUa: "Remove this UA",
  required: "Required",
  invalid: "Please check what you entered",
  confirmTitle: "Confirmation of the owner, UA, and user information",
  correctOwner: "Correct the owner",
  correctUa: "Correct the UA",
  correctUser: "Correct the user",
  apply: "Apply for registration",
  outboxTitle: "Mailbox (practice)",
  outboxEmpty: "No mail yet.",
  statusTitle: "Confirmation of the application status",
  statusEmpty: "No applications.",
  statusColumns: [
    "Application",
    "Status",
    "Registration mark",
    "Manufacturer",
    "Model",
    "Serial number",
    "Registered on",
    "Expiry date",
    "Fee",
  ],
  states: {
    "awaiting-email": "Waiting for e-mail confirmation",
    sign: "Identity verification",
    resign: "Identity verification",
    authenticate: "Identity verification",
    completed: "Completed (fee payment pending)",
    registered: "Registered",
    discarded: "Discarded",
  },
  completeTitle: "Completion of the procedure",
  completeLead: "Registration procedure is completed.",
  completeFee:
    "Confirm the contents of the procedure and then an e-mail about the payment of the fee will be sent. When you receive an e-mail, pay the fee.",
  completeStatus:
    'You can confirm the application status with "Confirmation of the application status" on the main menu screen. Please use it if necessary.',
  toMenu: "To the menu screen",
  mailConfirmedTitle: "Confirmed",
  mailConfirmed:
    "This e-mail address has been authenticated. If you have performing the application operation on the terminal / screen, continue the operation. Close this screen with the X button of the browser.",
  mailInvalid: "This URL has already been used or is not valid.",
  language: "日本語",
};

export const PAGE_TEXTS: Readonly<Record<Language, Texts>> = { ja, en };
export type PageTexts = Texts;
