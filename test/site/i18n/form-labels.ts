// SPDX-License-Identifier: MIT
/**
 * Labels of the wizard's fields and of the confirmation page, as on DIPS-REG (the seed's confirmation page) and
 * their natural Japanese equivalents. The extension's prefill finds fields by these texts.
 */
import type { Language } from "./language";

const ja = {
  ownerSection: "所有者情報",
  name: "氏名",
  reading: "フリガナ",
  address: "住所",
  birthDate: "生年月日",
  phone: "電話番号",
  email: "メールアドレス",
  uaSection: "無人航空機",
  uaInformation: "無人航空機情報",
  manufacturingType: "製造区分",
  manufacturer: "製造者名",
  model: "型式名",
  category: "種類",
  serialNumber: "製造番号",
  remoteIdType: "リモートID機器の種類",
  remoteIdManufacturer: "リモートID機器の製造者名",
  remoteIdModel: "リモートID機器の型式名",
  remoteIdSerialNumber: "リモートID機器の製造番号",
  alteration: "改造の有無",
  userSection: "使用者情報",
  sameAsOwner: "所有者と使用者が同一であることの確認",
  userName: "使用者の氏名",
  userAddress: "使用者の住所",
  userPhone: "使用者の電話番号",
  userEmail: "使用者のメールアドレス",
  manufacturingTypes: { "1": "メーカー機・改造機", "2": "自作機" },
  categories: {
    "1": "飛行機",
    "2": "回転翼航空機（ヘリコプター）",
    "3": "回転翼航空機（マルチローター）",
    "4": "回転翼航空機（その他）",
    "5": "滑空機",
    "6": "飛行船",
  },
  remoteIdTypes: { "0": "なし", "1": "内蔵型", "2": "外付型" },
  alterations: { "0": "改造なし", "1": "改造あり" },
  userSameOptions: { same: "所有者と同一", different: "所有者と異なる" },
  choose: "選択してください",
};

type Labels = typeof ja;

const en: Labels = {
  ownerSection: "Owner information",
  name: "Name",
  reading: "Reading",
  address: "Address",
  birthDate: "Birth date",
  phone: "Phone number",
  email: "E-mail address",
  uaSection: "UA",
  uaInformation: "UA information",
  manufacturingType: "Manufacturing type",
  manufacturer: "UA manufacturer name",
  model: "UA model",
  category: "UA category",
  serialNumber: "UA serial number",
  remoteIdType: "Remote ID Type",
  remoteIdManufacturer: "Remote ID Manufacturer",
  remoteIdModel: "Remote ID Model",
  remoteIdSerialNumber: "Remote ID Serial Number",
  alteration: "Alteration",
  userSection: "User information",
  sameAsOwner: "Confirmation that the owner and user are the same person",
  userName: "User's name",
  userAddress: "User's address",
  userPhone: "User's phone number",
  userEmail: "User's e-mail address",
  manufacturingTypes: { "1": "Manufactured UA", "2": "Home-built UA" },
  categories: {
    "1": "Airplane",
    "2": "Rotorcraft (Helicopter)",
    "3": "Rotorcraft (Multicopter)",
    "4": "Rotorcraft (Other)",
    "5": "Glider",
    "6": "Airship",
  },
  remoteIdTypes: { "0": "No", "1": "Internal", "2": "External" },
  alterations: { "0": "Not altered", "1": "Altered" },
  userSameOptions: { same: "Same as the owner", different: "Different from the owner" },
  choose: "Please select",
};

export const FORM_LABELS: Readonly<Record<Language, Labels>> = { ja, en };
export type FormLabels = Labels;
