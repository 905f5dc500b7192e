// SPDX-License-Identifier: MIT
/**
 * CSV import of a UA fleet: a header row with Japanese or English column names, then one UA per row. Every row is
 * checked before anything changes; any problem rejects the whole file with its row and column.
 */
import { ProfileSetSchema, UaSchema, type ProfileSet, type Ua } from "./model/profiles";
import { describeIssues } from "./model/profiles-migrations";
import { parseCsv } from "./csv-parse";
import {
  CATEGORY_LABELS,
  codeFromText,
  MANUFACTURING_TYPE_LABELS,
  normalizeLabel,
  REMOTE_ID_TYPE_LABELS,
  YES_NO_LABELS,
} from "./ua-codes";

/** Files larger than this are refused unread (bytes). */
export const MAX_CSV_BYTES = 1024 * 1024;
export const MAX_CSV_ROWS = 2000;

type Column =
  | "label"
  | "manufacturingType"
  | "manufacturer"
  | "model"
  | "category"
  | "serialNumber"
  | "weightKg"
  | "maxTakeoffWeightKg"
  | "remoteIdType"
  | "remoteIdManufacturer"
  | "remoteIdModel"
  | "remoteIdSerialNumber"
  | "altered"
  | "alterationDetails";

/** Accepted header names per column (compared after normalizeLabel, so case, spaces and "(kg)" do not matter). */
const HEADERS: Readonly<Record<Column, readonly string[]>> = {
  label: ["label", "nickname", "名称", "ラベル", "呼び名"],
  manufacturingType: ["manufacturing type", "製造区分", "製造種別", "製造の種類"],
  manufacturer: ["manufacturer", "UA manufacturer name", "manufacturer name", "製造者", "製造者名", "メーカー"],
  model: ["model", "UA model", "型式", "型式名", "モデル"],
  category: ["category", "UA category", "種類", "無人航空機の種類", "機体の種類"],
  serialNumber: ["serial number", "UA serial number", "serial", "製造番号", "シリアル番号"],
  weightKg: ["weight", "weight kg", "重量", "重量kg", "機体重量", "機体重量kg"],
  maxTakeoffWeightKg: [
    "maximum takeoff weight",
    "max takeoff weight kg",
    "maximum takeoff weight kg",
    "mtow",
    "mtow kg",
    "最大離陸重量",
    "最大離陸重量kg",
  ],
  remoteIdType: ["remote id type", "remote id", "リモートid", "リモートidの種類", "リモートid機器の種類"],
  remoteIdManufacturer: ["remote id manufacturer", "リモートid製造者", "リモートid機器の製造者"],
  remoteIdModel: ["remote id model", "リモートid型式", "リモートid機器の型式"],
  remoteIdSerialNumber: [
    "remote id serial number",
    "remote id serial",
    "リモートid製造番号",
    "リモートid機器の製造番号",
  ],
  altered: ["alteration", "altered", "modified", "改造", "改造の有無"],
  alterationDetails: ["alteration details", "改造内容", "改造の内容"],
};

const COLUMN_BY_HEADER = new Map(
  Object.entries(HEADERS).flatMap(([column, names]) => names.map((name) => [normalizeLabel(name), column as Column])),
);

export type CsvImport =
  { ok: true; set: ProfileSet; added: number; updated: number } | { ok: false; reasons: string[] };

function toUa(cell: (column: Column) => string, id: string): unknown {
  const weight = (text: string) => (text === "" ? Number.NaN : Number(text.normalize("NFKC")));
  // Optional columns: a manufactured UA without Remote ID and without alteration unless the file says otherwise.
  const yesNo = codeFromText(YES_NO_LABELS, cell("altered") || "no");
  return {
    id,
    label: cell("label"),
    manufacturingType:
      codeFromText(MANUFACTURING_TYPE_LABELS, cell("manufacturingType") || "1") ?? cell("manufacturingType"),
    manufacturer: cell("manufacturer"),
    model: cell("model"),
    category: codeFromText(CATEGORY_LABELS, cell("category")) ?? cell("category"),
    serialNumber: cell("serialNumber"),
    weightKg: weight(cell("weightKg")),
    maxTakeoffWeightKg: weight(cell("maxTakeoffWeightKg")),
    remoteId: {
      type: codeFromText(REMOTE_ID_TYPE_LABELS, cell("remoteIdType") || "0") ?? cell("remoteIdType"),
      manufacturer: cell("remoteIdManufacturer"),
      model: cell("remoteIdModel"),
      serialNumber: cell("remoteIdSerialNumber"),
    },
    altered: yesNo === undefined ? cell("altered") : yesNo === "yes",
    alterationDetails: cell("alterationDetails"),
  };
}

/** Path in the UA schema → the column a user sees in the file. */
function columnOf(path: string): Column | undefined {
  const [first, second] = path.split(".");
  if (first === "remoteId" && second) return `remoteId${second[0]?.toUpperCase()}${second.slice(1)}` as Column;
  return first !== undefined && first in HEADERS ? (first as Column) : undefined;
}

/**
 * The set with the file's UAs added; a UA whose serial number is already saved replaces that entry (same id).
 * @example importUaCsv("製造番号,製造者,型式,種類,…\nSN1,DJI,…", set, () => crypto.randomUUID())
 */
export function importUaCsv(text: string, current: ProfileSet, newId: () => string): CsvImport {
  if (text.length > MAX_CSV_BYTES) return { ok: false, reasons: [`(file): larger than ${MAX_CSV_BYTES} bytes`] };
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, reasons: [parsed.reason] };
  const [header, ...rows] = parsed.rows;
  if (!header) return { ok: false, reasons: ["(file): empty"] };
  if (rows.length > MAX_CSV_ROWS) return { ok: false, reasons: [`(file): more than ${MAX_CSV_ROWS} rows`] };
  const columns = header.cells.map((name) => COLUMN_BY_HEADER.get(normalizeLabel(name)));
  const reasons = header.cells.flatMap((name, i) => (columns[i] ? [] : [`line 1: unknown column "${name}"`]));
  for (const wanted of [
    "manufacturer",
    "model",
    "category",
    "serialNumber",
    "weightKg",
    "maxTakeoffWeightKg",
  ] as const) {
    if (!columns.includes(wanted))
      reasons.push(`line 1: missing column "${HEADERS[wanted][0]}" / "${HEADERS[wanted][3]}"`);
  }
  if (reasons.length > 0) return { ok: false, reasons };

  const uas = [...current.uas];
  let added = 0;
  for (const row of rows) {
    if (row.cells.length !== header.cells.length) {
      reasons.push(`line ${row.line}: ${row.cells.length} fields, the header has ${header.cells.length}`);
      continue;
    }
    const cell = (column: Column) => row.cells[columns.indexOf(column)]?.trim() ?? "";
    const existing = uas.findIndex((ua) => ua.serialNumber === cell("serialNumber"));
    const result = UaSchema.safeParse(toUa(cell, existing >= 0 ? (uas[existing]?.id ?? newId()) : newId()));
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = columnOf(issue.path.join("."));
        const name = column ? (header.cells[columns.indexOf(column)] ?? column) : issue.path.join(".");
        reasons.push(`line ${row.line}, ${name}: ${issue.message}`);
      }
      continue;
    }
    if (existing >= 0) uas[existing] = result.data satisfies Ua;
    else {
      uas.push(result.data);
      added++;
    }
  }
  if (reasons.length > 0) return { ok: false, reasons };
  const set = ProfileSetSchema.safeParse({ ...current, uas });
  if (!set.success) return { ok: false, reasons: describeIssues(set.error) };
  return { ok: true, set: set.data, added, updated: rows.length - added };
}
