// SPDX-License-Identifier: MIT
/** Field names a user reads in the prefill report, in Japanese and English. */
import type { FieldKey } from "./field-synonyms";

export const FIELD_NAMES: Readonly<
  Record<FieldKey | "name" | "reading" | "address" | "email", { ja: string; en: string }>
> = {
  ownerKind: { ja: "個人・法人の別", en: "Individual or corporation" },
  name: { ja: "氏名", en: "Name" },
  lastName: { ja: "姓", en: "Last name" },
  firstName: { ja: "名", en: "First name" },
  reading: { ja: "フリガナ", en: "Reading" },
  lastNameReading: { ja: "セイ", en: "Last name (reading)" },
  firstNameReading: { ja: "メイ", en: "First name (reading)" },
  companyName: { ja: "法人名", en: "Company name" },
  companyReading: { ja: "法人名フリガナ", en: "Company name (reading)" },
  corporateNumber: { ja: "法人番号", en: "Corporate number" },
  representative: { ja: "代表者", en: "Representative" },
  representativeReading: { ja: "代表者フリガナ", en: "Representative (reading)" },
  postalCode: { ja: "郵便番号", en: "Postal code" },
  prefecture: { ja: "都道府県", en: "Prefecture" },
  city: { ja: "市区町村", en: "City" },
  line1: { ja: "町域・番地", en: "Street address" },
  line2: { ja: "建物名", en: "Building" },
  address: { ja: "住所", en: "Address" },
  birthDate: { ja: "生年月日", en: "Birth date" },
  phone: { ja: "電話番号", en: "Phone number" },
  email: { ja: "メールアドレス", en: "E-mail address" },
  emailConfirm: { ja: "メールアドレス（確認）", en: "E-mail address (confirmation)" },
  sameAsOwner: { ja: "所有者と使用者が同一", en: "User same as owner" },
  manufacturingType: { ja: "製造区分", en: "Manufacturing type" },
  manufacturer: { ja: "製造者", en: "Manufacturer" },
  model: { ja: "型式", en: "Model" },
  category: { ja: "種類", en: "Category" },
  serialNumber: { ja: "製造番号", en: "Serial number" },
  weight: { ja: "重量", en: "Weight" },
  maxTakeoffWeight: { ja: "最大離陸重量", en: "Maximum take-off weight" },
  remoteIdType: { ja: "リモートIDの種類", en: "Remote ID type" },
  remoteIdManufacturer: { ja: "リモートID製造者", en: "Remote ID manufacturer" },
  remoteIdModel: { ja: "リモートID型式", en: "Remote ID model" },
  remoteIdSerialNumber: { ja: "リモートID製造番号", en: "Remote ID serial number" },
  altered: { ja: "改造の有無", en: "Alteration" },
  alterationDetails: { ja: "改造の内容", en: "Alteration details" },
};

const PARTS = { owner: { ja: "所有者", en: "Owner" }, user: { ja: "使用者", en: "User" } } as const;

/** "ua2.serialNumber" → "UA 2: 製造番号"; "user.email" → "使用者: メールアドレス". */
export function describeFieldPath(path: string, language: "ja" | "en"): string {
  const [part = "", key = ""] = path.split(".");
  const name = FIELD_NAMES[key as FieldKey]?.[language] ?? key;
  const ua = /^ua(\d+)$/u.exec(part);
  const partName = ua ? `UA ${ua[1]}` : (PARTS[part as keyof typeof PARTS]?.[language] ?? part);
  return `${partName}: ${name}`;
}
