// SPDX-License-Identifier: MIT
/**
 * Texts of the identity-verification modals, from the seed document (English) and in natural Japanese. They are
 * handed to the page script as JSON, so they are plain strings.
 */
import type { Language } from "./language";

const ja = {
  applyConfirm:
    "登録手続きの申請を行います。「OK」ボタンを押すと、所有者のメールアドレスに確認メールが送信されます。メールを確認すると申請が完了します。",
  emailWaiting:
    "所有者情報に登録されたメールアドレスにメールを送信しています。画面を離れずにメールを確認してください。メールを確認すると、次の画面が自動的に表示されます。この画面を閉じると、入力したデータは破棄され、申請は中断されます。",
  identitySteps: [
    "STEP 01 確認",
    "STEP 02 パスワード入力（電子署名）",
    "STEP 03 パスワード再入力（電子署名）",
    "STEP 04 パスワード入力（利用者証明）",
  ],
  precautionsTitle: "① マイナンバーカードに関する注意事項の確認",
  precautions: [
    "所有者として入力した内容とマイナンバーカードの情報を照合するため、マイナポータルAPで「署名用電子証明書のパスワード（英数字6～16桁）」と「利用者証明用電子証明書のパスワード（数字4桁）」を入力します。",
    "マイナンバーカードを手元に用意し、「OK」ボタンを押して IC カードリーダーでマイナンバーカードを読み取ってください。",
    "マイナンバーカードによる本人確認では、DIPS-REG のアカウント情報と入力した所有者情報の氏名・住所・生年月日を、マイナンバーカードに記録された基本4情報に置き換える必要があります。",
    "DIPS-REG では性別の情報は不要ですが、マイナンバーカードによる本人確認に必要なため、アカウント情報として保存されます。",
    "※マイナンバーカードの「電子証明書の有効期限」を過ぎている場合は申請できません。",
    "※「利用者証明用電子証明書のパスワード（数字4桁）」の入力の有効時間は5分です。",
  ],
  chooseMethod: "読み取り方法を選択してください",
  readerPath: "IC カードリーダーで読み取る",
  smartphonePath: "スマートフォンで読み取る",
  readerUnavailable:
    "IC カードリーダーでの読み取りには、マイナポータルAP（または対応する拡張機能）がインストールされた Windows または macOS のパソコンが必要です。",
  smartphoneLead:
    "スマートフォンのマイナポータルアプリで二次元コードを読み取ってください（標準のカメラアプリではなく、マイナポータルアプリから読み取ってください）。",
  sessionCode: "セッションコード",
  signTitle: "② 電子署名の付与",
  signLead: "署名用電子証明書のパスワード（英数字6～16桁）を入力して、マイナンバーカードを読み取ってください。",
  resignTitle: "③ 電子署名の再付与",
  resignLead: [
    "DIPS-REG のアカウント情報と入力した所有者情報が、マイナンバーカードに記録された情報と異なっていました。",
    "マイナンバーカードによる本人確認では、DIPS-REG のアカウント情報と入力した所有者情報の氏名・住所・生年月日が、マイナンバーカードに記録された基本4情報と一致している必要があります。",
    "マイナンバーカードに記録された情報に置き換えますので、「OK」ボタンを押して、もう一度署名用電子証明書のパスワード（英数字6～16桁）を入力してください。",
    "続けて「利用者証明用電子証明書のパスワード（数字4桁）」を入力してください。",
  ],
  replacedFields: "置き換えた項目",
  resignReady: "申請データの作成が完了しました。もう一度パスワードを入力してください。",
  authTitle: "④ 利用者証明",
  authLead: "利用者証明用電子証明書のパスワード（数字4桁）を入力して、マイナンバーカードを読み取ってください。",
  doNotClose: "申請が完了するまで画面を閉じないでください。画面を閉じると、入力したデータは破棄されます。",
  working: "処理中です…",
  ok: "OK",
  cancel: "キャンセル",
  retry: "もう一度試す",
  appFailed: "カードの読み取りが完了しませんでした",
  discarded: "申請は破棄されました。最初からやり直してください。",
  fieldNames: { name: "氏名", address: "住所", birthDate: "生年月日" },
};

type Texts = typeof ja;

const en: Texts = {
  applyConfirm:
    'Registration procedure: make an application. Press the "OK" button, and then an e-mail for confirmation will be sent to the e-mail address of the owner. When you confirm the e-mail, the application will be completed.',
  emailWaiting:
    "We are sending an email to the email address registered in the owner information. Please check your email without leaving the screen. After confirming the email, the next screen will be displayed automatically. If you close this screen, the data you have entered will be discarded and your application will be interrupted.",
  identitySteps: [
    "STEP 01 Confirmation",
    "STEP 02 Enter password (Electronic signature)",
    "STEP 03 Re-enter password (Electronic signature)",
    "STEP 04 Enter password (User authentication)",
  ],
  precautionsTitle: "① Confirm precautions on your Individual Number Card",
  precautions: [
    'Enter the "security code of the digital certificate for signature (six to sixteen digits)" and the "security code of the electric certificate for user certification (four digits)" using Mynaportal AP for authentication between the contents entered as the owner information and the information of the Individual Number Card.',
    'So, prepare the Individual Number Card on hand, press the "OK" button, and read the Individual Number Card using IC card reader.',
    "For authentication with the Individual Number Card, the name, address, and birth date in the account information of DIPS-REG and the entered owner information have to be replaced with those in the four pieces of basic information registered in the Individual Number Card.",
    'Note that in "DIPS-REG", the sex information is not required, but it is also saved as account information as it is necessary for identity verification with the Individual Number Card.',
    '*Note that if the Individual Number Card is past the "expiration date of the electronic certificate," you cannot make an application.',
    '*Note that the effective time of the entry of the "security code of the electric certificate for user certification (four digits)" is five minutes.',
  ],
  chooseMethod: "Choose how to read the card",
  readerPath: "Read with an IC card reader",
  smartphonePath: "Read with a smartphone",
  readerUnavailable:
    "Reading with an IC card reader needs a Windows or macOS computer with Mynaportal AP (or a compatible extension) installed.",
  smartphoneLead:
    "Read the QR code with the Mynaportal app on your smartphone (not with a standard camera application).",
  sessionCode: "Session code",
  signTitle: "② Grant an electronic signature",
  signLead: "Enter a password for signature (consisting of 6 to 16 characters) and read your Individual Number Card.",
  resignTitle: "③ Re-grant an electronic signature",
  resignLead: [
    'The account information of "DIPS-REG" and the entered owner information were different from the information registered to the Individual Number Card.',
    'For authentication with the Individual Number Card, the name, address, and birth date in the account information of "DIPS-REG" and the entered owner information have to match those in the four pieces of basic information registered in the Individual Number Card.',
    'The data will be replaced with the information registered to the Individual Number Card, so press the "OK" button and enter the password for the digital certificate for signature (six to sixteen digits) again.',
    'Then, enter the "security code of the electric certificate for user certification (four digits)."',
  ],
  replacedFields: "Replaced items",
  resignReady: "The preparation of the application data is completed. Enter the password again.",
  authTitle: "④ Perform user authentication",
  authLead:
    "Enter a password for user certification (consisting of 4 characters) and read your Individual Number Card.",
  doNotClose:
    "Do not close the screen until the application is completed. If you close the screen, the entered data will be discarded.",
  working: "Processing…",
  ok: "OK",
  cancel: "Cancel",
  retry: "Try again",
  appFailed: "Reading the card did not complete",
  discarded: "The application was discarded. Please start again.",
  fieldNames: { name: "Name", address: "Address", birthDate: "Birth date" },
};

export const FLOW_TEXTS: Readonly<Record<Language, Texts>> = { ja, en };
export type FlowTexts = Texts;
