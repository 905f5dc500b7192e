// SPDX-License-Identifier: MIT
/**
 * The register read back from CSV in the export's own columns (registration-csv.ts), so a fleet's registrations can
 * be typed into a spreadsheet and imported: the header names the columns (any order); mark, manufacturer, model,
 * serialNumber and registrationDate are needed, the rest may be left out or empty (expiry computed, not
 * deregistered, captured now). The apostrophe the export puts before formula-like text is taken off again. The
 * result goes through the JSON import's checks and merge (registration-merge.ts): any problem refuses the file whole.
 */
import { REGISTER_CSV_COLUMNS } from "./registration-csv";
import { computedExpiry } from "./registration-expiry";
import { MAX_REGISTER_JSON_CHARS, mergeRegister, type RegisterMerge } from "./registration-merge";
import { REGISTER_VERSION, type Register } from "./registrations";

type Column = (typeof REGISTER_CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ["mark", "manufacturer", "model", "serialNumber", "registrationDate"];
/** What the export defuses with a leading apostrophe (registration-csv.ts). */
const DEFUSED = /^'[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** RFC 4180 records: quoted fields (quotes doubled, commas and line breaks inside), CRLF or LF between records. */
export function csvRecords(text: string): string[][] | string {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && char === '"') quoted = false;
    else if (quoted) field += char;
    else if (char === '"' && field === "") quoted = true;
    else if (char === ",") endField();
    else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
    } else field += char;
  }
  if (quoted) return "(file): a quoted field is not closed";
  if (field !== "" || record.length > 0) endRecord();
  return records.filter((fields) => fields.some((value) => value !== ""));
}

const undefuse = (value: string) => (DEFUSED.test(value) ? value.slice(1) : value);

/** One row as a register entry for the schema to check; empty optional fields take their defaults. */
function entryOf(row: readonly string[], at: ReadonlyMap<Column, number>, now: string): Record<string, unknown> {
  const value = (column: Column) => undefuse((at.has(column) ? row[at.get(column) ?? 0] : undefined) ?? "").trim();
  const entry: Record<string, unknown> = {};
  for (const column of REQUIRED) entry[column] = value(column);
  entry.mark = String(entry.mark).normalize("NFKC").toUpperCase();
  const expiry = value("expiryDate");
  const registered = value("registrationDate");
  let computed = "";
  try {
    computed = computedExpiry(registered);
  } catch {
    // The schema reports the registration date.
  }
  entry.expiryDate = expiry === "" ? computed : expiry;
  entry.expirySource = value("expirySource") || (expiry === "" || expiry === computed ? "computed" : "page");
  const deregistered = value("deregistered").toLowerCase();
  const flags = new Map([
    ["", false],
    ["false", false],
    ["true", true],
  ]);
  // Anything else is passed on as text, for the schema to refuse with the row's number.
  entry.deregistered = flags.get(deregistered) ?? deregistered;
  entry.ownerProfileId = value("ownerProfileId") || null;
  entry.uaProfileId = value("uaProfileId") || null;
  if (value("applicationId") !== "") entry.applicationId = value("applicationId");
  entry.capturedAt = value("capturedAt") || now;
  entry.updatedAt = value("updatedAt") || now;
  return entry;
}

/**
 * The register after importing a CSV file's text, or why it was refused (nothing changes then).
 *
 * @example importRegisterCsv(current, await file.text(), new Date().toISOString())
 */
export function importRegisterCsv(current: Register, text: string, now: string): RegisterMerge {
  const refuse = (reasons: string[]): RegisterMerge => ({ ok: false, code: "REGISTER_IMPORT_INVALID", reasons });
  if (text.length > MAX_REGISTER_JSON_CHARS)
    return refuse([`(file): larger than ${MAX_REGISTER_JSON_CHARS} characters`]);
  const records = csvRecords(text.replace(/^\uFEFF/u, ""));
  if (typeof records === "string") return refuse([records]);
  const [header = [], ...rows] = records;
  const names = header.map((name) => name.trim());
  const unknown = names.filter((name) => !(REGISTER_CSV_COLUMNS as readonly string[]).includes(name));
  const missing = REQUIRED.filter((column) => !names.includes(column));
  if (unknown.length > 0 || missing.length > 0) {
    return refuse([
      ...unknown.map((name) => `(header): unknown column "${name}"`),
      ...missing.map((name) => `(header): column "${name}" is missing`),
    ]);
  }
  const at = new Map(names.map((name, index) => [name as Column, index]));
  return mergeRegister(current, {
    version: REGISTER_VERSION,
    registrations: rows.map((row) => entryOf(row, at, now)),
  });
}
