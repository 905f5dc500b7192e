// SPDX-License-Identifier: MIT
/**
 * What a heading or label on a DIPS-REG page means, read by meaning rather than by exact text: a heading names a
 * field when it contains one of the field's names (製造者名 contains 製造者; "Serial No." contains "serial no").
 * Headings are compared after NFKC folding, lower-casing and removing spaces and the marks pages put around labels
 * (：, *, ※, brackets), so 「登録年月日：」 and "Date of registration" are read the same way as their plain forms.
 */

/** The fields the register reads from a page. */
export type RegistrationField =
  "mark" | "manufacturer" | "model" | "serialNumber" | "registrationDate" | "expiryDate" | "applicationId";

/** Each field's names, Japanese and English, already folded (see `foldHeading`). */
const NAMES: Readonly<Record<RegistrationField, readonly string[]>> = {
  mark: ["登録記号", "登録番号", "registrationmark", "registrationsymbol", "registrationnumber", "registrationcode"],
  manufacturer: ["製造者", "製造事業者", "メーカー", "manufacturer", "maker"],
  model: ["型式", "機種", "モデル", "model"],
  serialNumber: ["製造番号", "シリアル番号", "シリアルナンバー", "serialnumber", "serialno", "serial#", "serial"],
  registrationDate: ["登録日", "登録年月日", "registrationdate", "dateofregistration", "registeredon", "registered"],
  expiryDate: ["有効期限", "有効期間", "満了日", "expirydate", "expirationdate", "expiry", "expiration", "validuntil"],
  applicationId: ["申請番号", "受付番号", "applicationnumber", "applicationno", "applicationid", "application"],
};

/** Headings that contain a field's name but mean something else (a column of buttons, the applicant's names). */
const NOT_A_FIELD = ["の更新", "renew", "更新手続", "リモートid", "remoteid", "所有者", "使用者", "owner", "user"];

/** A heading folded for comparison: NFKC, lower case, no spacing or label punctuation. */
export function foldHeading(heading: string): string {
  return heading
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s:：*※()（）[\]【】「」.・]/gu, "");
}

/**
 * The field a heading names, or undefined. When names of several fields occur (「製造者の製造番号」), the longest
 * name wins, as it is the most specific.
 *
 * @example headingField("製造者名") // "manufacturer"
 */
export function headingField(heading: string): RegistrationField | undefined {
  const folded = foldHeading(heading);
  if (folded === "" || folded.length > 30 || NOT_A_FIELD.some((word) => folded.includes(word))) return undefined;
  let best: { field: RegistrationField; length: number } | undefined;
  for (const [field, names] of Object.entries(NAMES) as [RegistrationField, readonly string[]][]) {
    for (const name of names) {
      if (folded.includes(name) && name.length > (best?.length ?? 0)) best = { field, length: name.length };
    }
  }
  return best?.field;
}
