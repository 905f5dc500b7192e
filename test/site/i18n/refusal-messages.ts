// SPDX-License-Identifier: MIT
/** What the applicant reads when the server refuses a step (the practice site's own wording). */
import type { Refusal } from "../flow/refusal";
import type { Language } from "./language";

export const REFUSAL_MESSAGES: Readonly<Record<Language, Record<Refusal, string>>> = {
  ja: {
    expired:
      "マイナンバーカードの電子証明書の有効期限が切れているため、申請できません。市区町村の窓口で電子証明書を更新してください。",
    "not-yet-valid": "マイナンバーカードの電子証明書がまだ有効ではありません。",
    untrusted: "電子証明書を確認できませんでした（公的個人認証サービスが発行した証明書ではありません）。",
    malformed: "電子証明書を読み取れませんでした。",
    "bad-signature":
      "電子署名の検証に失敗しました。申請データが変更されたか、カードの読み取りに失敗しました。もう一度お試しください。",
    "no-basic4": "署名用電子証明書から基本4情報を読み取れませんでした。",
    "signature-count": "電子署名の数が正しくありません。",
    "challenge-expired":
      "利用者証明用電子証明書のパスワード入力の有効時間（5分）を過ぎました。もう一度利用者証明を行ってください。",
    "challenge-used": "この利用者証明の要求はすでに使用されています。もう一度利用者証明を行ってください。",
    "challenge-unknown": "利用者証明の要求が見つかりません。もう一度利用者証明を行ってください。",
    "different-card":
      "電子署名に使用したマイナンバーカードと異なるカードが使用されました。同じマイナンバーカードで利用者証明を行ってください。",
    "wrong-state": "この申請はこの操作を受け付けられない状態です。最初からやり直してください。",
  },
  en: {
    expired:
      "The electronic certificate of your Individual Number Card has expired, so you cannot make an application. Renew the certificate at your municipal office.",
    "not-yet-valid": "The electronic certificate of your Individual Number Card is not valid yet.",
    untrusted: "The electronic certificate could not be verified (it was not issued by the JPKI service).",
    malformed: "The electronic certificate could not be read.",
    "bad-signature":
      "The electronic signature could not be verified. The application data changed or reading the card failed. Please try again.",
    "no-basic4": "The basic four information could not be read from the certificate for signature.",
    "signature-count": "The number of electronic signatures is wrong.",
    "challenge-expired":
      "The effective time (five minutes) of the entry of the password for user certification has passed. Please perform user authentication again.",
    "challenge-used":
      "This user-authentication request has already been used. Please perform user authentication again.",
    "challenge-unknown": "The user-authentication request was not found. Please perform user authentication again.",
    "different-card":
      "A different Individual Number Card from the one used for the electronic signature was used. Perform user authentication with the same card.",
    "wrong-state": "This application cannot accept this operation now. Please start again.",
  },
};
