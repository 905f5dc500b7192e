// SPDX-License-Identifier: MIT
/**
 * RFC 4180 CSV: commas, CRLF or LF line ends, double-quoted fields holding commas, quotes ("") and line breaks.
 * A byte-order mark is dropped; blank lines are skipped.
 */

export interface CsvRow {
  /** 1-based line number where the row starts, for error messages. */
  readonly line: number;
  readonly cells: string[];
}

export type CsvParse = { ok: true; rows: CsvRow[] } | { ok: false; reason: string };

export function parseCsv(text: string): CsvParse {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const source = text.replace(/^\uFEFF/, "");
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== "") rows.push({ line: rowLine, cells });
    cells = [];
    cell = "";
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
        const next = source[i + 1];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
          return { ok: false, reason: `line ${line}: text after a closing quote` };
        }
      } else {
        if (char === "\n") line++;
        cell += char;
      }
    } else if (char === '"') {
      if (cell !== "") return { ok: false, reason: `line ${line}: a quote inside an unquoted field` };
      quoted = true;
    } else if (char === ",") {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      cell += char;
    }
  }
  if (quoted) return { ok: false, reason: `line ${rowLine}: a quoted field is not closed` };
  if (cell !== "" || cells.length > 0) endRow();
  return { ok: true, rows };
}
