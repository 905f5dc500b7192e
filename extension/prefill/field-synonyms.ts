// SPDX-License-Identifier: MIT
/**
 * Which form field a label means, in Japanese and English. A synonym is one or more words joined by `+` that must
 * all occur in the field's text (after normalizeText); `=` in front means the whole text must equal it. The longest
 * match wins, so "リモートID機器の製造番号" is the Remote ID serial, not the UA serial, and "E-mail address" is not an
 * address. Kept small: this table ships in the content-side prefill script.
 */

export const PERSON_KEYS = [
  "ownerKind",
  "name",
  "lastName",
  "firstName",
  "reading",
  "lastNameReading",
  "firstNameReading",
  "companyName",
  "companyReading",
  "corporateNumber",
  "representative",
  "representativeReading",
  "postalCode",
  "prefecture",
  "city",
  "line1",
  "line2",
  "address",
  "birthDate",
  "phone",
  "email",
  "emailConfirm",
  "sameAsOwner",
] as const;
export const UA_KEYS = [
  "manufacturingType",
  "manufacturer",
  "model",
  "category",
  "serialNumber",
  "weight",
  "maxTakeoffWeight",
  "remoteIdType",
  "remoteIdManufacturer",
  "remoteIdModel",
  "remoteIdSerialNumber",
  "altered",
  "alterationDetails",
] as const;
export type PersonKey = (typeof PERSON_KEYS)[number];
export type UaKey = (typeof UA_KEYS)[number];
export type FieldKey = PersonKey | UaKey;

const S = (list: string): string[] => list.split(" ");

export const SYNONYMS: Readonly<Record<FieldKey, readonly string[]>> = {
  ownerKind: S("個人+法人 所有者+区分 申請者+区分 ownertype individual+corporation"),
  name: S("氏名 氏名+漢字 名前 お名前 name fullname"),
  lastName: S("=姓 =氏 姓+漢字 lastname familyname surname"),
  firstName: S("=名 名+漢字 firstname givenname forename"),
  reading: S("フリガナ 氏名+フリガナ 氏名+カナ ふりがな よみがな カナ reading furigana kana phonetic"),
  lastNameReading: S("=セイ フリガナ+姓 姓+フリガナ セイ+フリガナ lastname+kana lastname+reading familyname+reading"),
  firstNameReading: S("=メイ フリガナ+名 名+フリガナ メイ+フリガナ firstname+kana firstname+reading givenname+reading"),
  companyName: S("法人名 会社名 法人の名称 名称 商号 companyname corporatename organization organisation"),
  companyReading: S(
    "法人名+フリガナ 会社名+フリガナ 名称+フリガナ companyname+reading corporatename+reading company+kana",
  ),
  corporateNumber: S("法人番号 corporatenumber corporateno"),
  representative: S("代表者 representative"),
  representativeReading: S("代表者+フリガナ representative+reading representative+kana"),
  postalCode: S("郵便番号 postalcode postcode zipcode zip"),
  prefecture: S("都道府県 prefecture"),
  city: S("市区町村 municipality city"),
  line1: S("番地 町域 丁目 addressline1 streetaddress street"),
  line2: S("建物 マンション addressline2 building apartment"),
  address: S("住所 所在地 address residence residing"),
  birthDate: S("生年月日 誕生日 birthdate dateofbirth birthday bday"),
  phone: S("電話番号 電話 phone telephone tel"),
  email: S("メールアドレス メール emailaddress email mail"),
  emailConfirm: S(
    "メールアドレス+確認 メールアドレス+再入力 メール+再入力 メール+確認 確認用+メール confirm+emailaddress emailaddress+confirm confirm+email email+confirm reenter+email email+again",
  ),
  sameAsOwner: S("所有者+使用者 所有者+使用者+同 使用者+所有者+同 owner+user+same same+owner"),
  manufacturingType: S("製造+区分 製造+種別 製造+種類 manufacturing+type manufacturingtype"),
  manufacturer: S("製造者 製造会社 メーカー manufacturer maker"),
  model: S("型式 機種 モデル model"),
  category: S("種類 機体+種別 category uatype"),
  serialNumber: S("製造番号 シリアル serialnumber serialno serial"),
  weight: S("重量 機体重量 weight mass"),
  maxTakeoffWeight: S("最大離陸重量 離陸重量 maximum+takeoff+weight takeoffweight mtow maxtakeoff"),
  remoteIdType: S(
    "=リモートid =リモートid機器 リモートid+搭載 リモートid+種類 リモートid+区分 リモートid+有無 =remoteid remoteid+type",
  ),
  remoteIdManufacturer: S("リモートid+製造者 リモートid+メーカー remoteid+manufacturer remoteid+maker"),
  remoteIdModel: S("リモートid+型式 remoteid+model"),
  remoteIdSerialNumber: S("リモートid+製造番号 リモートid+シリアル remoteid+serial"),
  altered: S("改造+有無 改造 alteration altered modified modification"),
  alterationDetails: S("改造+内容 改造+概要 alteration+detail modification+detail"),
};

/** NFKC, lower case, letters and digits only: "E-mail address ※必須" → "emailaddress必須". */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

interface ParsedSynonym {
  readonly words: readonly string[];
  readonly whole: string;
  readonly exactOnly: boolean;
}

/** Synonyms split into words once, at load (bestKey runs for every control of a page). */
const PARSED = new Map(
  (Object.entries(SYNONYMS) as [FieldKey, readonly string[]][]).map(([key, list]) => [
    key,
    list.map((synonym): ParsedSynonym => {
      const exactOnly = synonym.startsWith("=");
      const words = (exactOnly ? synonym.slice(1) : synonym).split("+");
      return { words, whole: words.join(""), exactOnly };
    }),
  ]),
);

function score(text: string, synonym: ParsedSynonym): number {
  if (text === synonym.whole) return 1000 + synonym.whole.length;
  return !synonym.exactOnly && synonym.words.every((word) => text.includes(word)) ? synonym.whole.length : 0;
}

/** The key among `keys` that best describes a field's (already normalized) text, if any. */
export function bestKey<K extends FieldKey>(text: string, keys: readonly K[]): K | undefined {
  let best: K | undefined;
  let bestScore = 0;
  for (const key of keys) {
    for (const synonym of PARSED.get(key) ?? []) {
      const value = score(text, synonym);
      if (value > bestScore) [best, bestScore] = [key, value];
    }
  }
  return best;
}
