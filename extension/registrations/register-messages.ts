// SPDX-License-Identifier: MIT
/** Texts of the register of registrations: popup list, options table, reminders. */
import type { MessageTable } from "../i18n/translate";

export const REGISTER_MESSAGES = {
  "register.title": { ja: "登録の一覧（有効期限）", en: "Register (expiry dates)" },
  "register.empty": {
    ja: "まだ登録はありません。DIPS-REG の登録済み無人航空機の一覧を開くと表示されます。下のフォームから追加することもできます。",
    en: "No registrations yet. They appear here when DIPS-REG lists your registered UAs, or add them below.",
  },
  "register.locked": {
    ja: "プロファイルがロックされています。設定画面でロックを解除すると表示されます。",
    en: "Profiles are locked. Unlock them on the settings page to see the register.",
  },
  "register.daysLeft": { ja: "あと {count} 日", en: "{count} days left", one: { en: "1 day left" } },
  "register.expiresToday": { ja: "本日まで", en: "expires today" },
  "register.expiredDays": {
    ja: "{count} 日前に期限切れ",
    en: "expired {count} days ago",
    one: { en: "expired 1 day ago" },
  },
  "register.expires": { ja: "有効期限 {date}", en: "expires {date}" },
  "register.computed": { ja: "（登録日から計算）", en: "(computed from the registration date)" },
  "register.noProfile": { ja: "一致する機体プロファイルなし", en: "no matching UA profile" },
  "register.status.valid": { ja: "有効", en: "valid" },
  "register.status.renewal-open": { ja: "更新時期", en: "renewal open" },
  "register.status.expired": { ja: "期限切れ", en: "expired" },
  "register.status.deregistered": { ja: "抹消済み", en: "deregistered" },
  "register.col.mark": { ja: "登録記号", en: "Registration mark" },
  "register.col.ua": { ja: "機体", en: "UA" },
  "register.col.owner": { ja: "所有者", en: "Owner" },
  "register.col.registered": { ja: "登録日", en: "Registered" },
  "register.col.expires": { ja: "有効期限", en: "Expiry date" },
  "register.col.status": { ja: "状態", en: "Status" },
  "register.col.actions": { ja: "操作", en: "Actions" },
  "register.remove": { ja: "削除", en: "Remove" },
  "register.removed": {
    ja: "{mark} を登録の一覧から削除しました。この画面を閉じるまでは元に戻せます。",
    en: "Removed {mark} from the register. You can undo it until you close this page.",
  },
  "register.undo": { ja: "元に戻す", en: "Undo" },
  "register.forMark": { ja: "{action}（{mark}）", en: "{action} ({mark})" },
  "register.removeConfirm": {
    ja: "{mark} を登録の一覧から削除しますか？（DIPS-REG 上の登録は変わりません）この画面を閉じるまでは元に戻せます。",
    en: "Remove {mark} from the register? (The registration on DIPS-REG is not changed.) You can undo it until you close this page.",
  },
  "register.deregister": { ja: "抹消済みにする", en: "Mark deregistered" },
  "register.undoDeregister": { ja: "抹消を取り消す", en: "Undo deregistered" },
  "register.edit": { ja: "編集", en: "Edit" },
  "register.form.add": { ja: "登録を手入力で追加", en: "Add a registration by hand" },
  "register.form.edit": { ja: "{mark} を編集", en: "Edit {mark}" },
  "register.form.freeText": { ja: "（プロファイルなし・直接入力）", en: "(no profile: type the UA)" },
  "register.form.uaProfile": { ja: "機体プロファイル", en: "UA profile" },
  "register.form.manufacturer": { ja: "製造者", en: "Manufacturer" },
  "register.form.model": { ja: "型式", en: "Model" },
  "register.form.serial": { ja: "製造番号", en: "Serial number" },
  "register.form.expiresHint": {
    ja: "空欄なら登録日から計算します（3 年後の前日）。",
    en: "Left empty, it is computed from the registration date (3 years less a day).",
  },
  "register.form.save": { ja: "保存", en: "Save" },
  "register.form.cancel": { ja: "取り消し", en: "Cancel" },
  "register.exportCsv": { ja: "CSV で書き出す", en: "Export CSV" },
  "register.exportJson": { ja: "JSON で書き出す", en: "Export JSON" },
  "register.importJson": {
    ja: "JSON または CSV を読み込む（登録記号で統合。CSV は書き出しと同じ列名）",
    en: "Import JSON or CSV (merged by mark; CSV with the export's column names)",
  },
  "register.imported": {
    ja: "読み込みました: 追加 {added} 件、更新 {replaced} 件、変更なし {unchanged} 件",
    en: "Imported: {added} added, {replaced} updated, {unchanged} unchanged",
  },
  "register.reminders": {
    ja: "更新時期のリマインダー（バッジと通知）",
    en: "Renewal reminders (badge and notifications)",
  },
  "register.leadDays": { ja: "有効期限の何日前から（7〜60）", en: "Days before expiry (7–60)" },
  "register.note": {
    ja: "登録の有効期間は 3 年です。期限が切れると飛行できず、新しい登録記号で登録し直すことになります。更新は DIPS-REG のメインメニュー「有効期間の更新」から。",
    en: "A registration is valid for three years. Once it lapses the UA may not fly until registered again under a new registration mark. Renew on DIPS-REG (main menu → renewal of the validity period).",
  },
  "register.notify.title": { ja: "登録の更新時期です: {mark}", en: "Registration due for renewal: {mark}" },
  "register.notify.body": {
    ja: "登録記号 {mark} の登録の有効期限は {date} です（あと {count} 日）。期限を過ぎると新しい登録記号での登録し直しになります。{remoteId}クリックで DIPS-REG を開き、更新してください。",
    en: "Registration {mark} expires on {date}, {count} days from now. After that, it must be registered again under a new registration mark. {remoteId}Click to open DIPS-REG and renew it.",
    one: {
      en: "Registration {mark} expires on {date}, 1 day from now. After that, it must be registered again under a new registration mark. {remoteId}Click to open DIPS-REG and renew it.",
    },
  },
  "register.notify.tooManyTitle": {
    ja: "登録の一覧に記録しませんでした",
    en: "Nothing recorded in the register",
  },
  "register.notify.remoteId": {
    ja: "事前登録によるリモート ID の免除も失われます。",
    en: "The UA also loses its Remote ID exemption from advance registration. ",
  },
} as const satisfies MessageTable;
