// SPDX-License-Identifier: MIT
/**
 * The register as CSV for spreadsheets: one row per registration under a header of the entry's English keys.
 * RFC 4180 (every field quoted, quotes doubled, CRLF after every record) with a UTF-8 byte-order mark, without which
 * Excel in Japan reads the file as Shift_JIS and garbles Japanese names. Fields that a spreadsheet would take for a
 * formula are defused (OWASP, "CSV Injection": https://owasp.org/www-community/attacks/CSV_Injection).
 */
import type { Registration } from "./registrations";

/** The columns, in order; every field of a registration (a unit test compares with the schema). */
export const REGISTER_CSV_COLUMNS = [
  "mark",
  "manufacturer",
  "model",
  "serialNumber",
  "registrationDate",
  "expiryDate",
  "expirySource",
  "deregistered",
  "ownerProfileId",
  "uaProfileId",
  "applicationId",
  "capturedAt",
  "updatedAt",
] as const satisfies readonly (keyof Registration)[];

const BOM = "\uFEFF";
const CRLF = "\r\n";

/**
 * First characters that make a spreadsheet read a cell as a formula: OWASP's = + - @ tab and CR, ASVS 1.2.10's NUL,
 * and U+2212 MINUS SIGN. Tested on the text's NFKC form, so every compatibility form that folds to one of them is
 * caught too: full-width ＝ ＋ － ＠, small ﹦ ﹢ ﹣ ﹫, super- and subscript ⁼ ⁺ ⁻ ₌ ₊ ₋ (not in either list; we
 * cannot check how every spreadsheet folds them, and escaping costs one apostrophe).
 */
const FORMULA_START = /^[=+\-@\t\r\0\u2212]/u;

/**
 * One CSV field: a leading apostrophe where the text could start a formula, then quoted with quotes doubled, so a
 * comma, quote or line break inside stays in the field.
 * @example csvField('=HYPERLINK("x")') // "\"'=HYPERLINK(\"\"x\"\")\""
 */
export function csvField(text: string): string {
  const defused = FORMULA_START.test(text.normalize("NFKC")) ? `'${text}` : text;
  return `"${defused.replaceAll('"', '""')}"`;
}

function cell(value: Registration[keyof Registration]): string {
  return csvField(value === null || value === undefined ? "" : String(value));
}

/**
 * The whole file, BOM first; absent and null values are empty fields, booleans `true`/`false`. Encode it as UTF-8
 * (a `Blob` of the string does).
 * @example registerCsv([]) // "\uFEFF\"mark\",\"manufacturer\",…,\"updatedAt\"\r\n"
 */
export function registerCsv(registrations: readonly Registration[]): string {
  const header = REGISTER_CSV_COLUMNS.map(csvField).join(",");
  const rows = registrations.map((entry) => REGISTER_CSV_COLUMNS.map((column) => cell(entry[column])).join(","));
  return BOM + [header, ...rows].map((line) => line + CRLF).join("");
}
