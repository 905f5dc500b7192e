// SPDX-License-Identifier: MIT
/**
 * Reads the registrations a DIPS-REG page shows, without touching the page: the completion page (STEP 06: each
 * UA's mark next to its serial number, the UA blocks of the summary below) and the application-status table
 * (columns found by their headings, in Japanese or English). Only what the page shows is returned.
 */
import { plainText } from "../../shared/plain-text";
import type { SeenRegistration } from "../../shared/protocol/registration-capture";

const MARK = /\bJU[0-9A-Z]{10}\b/;

/** Column headings of the status table, Japanese and English, by the field they hold. */
const COLUMNS = {
  applicationId: ["申請番号", "application"],
  mark: ["登録記号", "registration mark", "registration marks"],
  manufacturer: ["製造者", "manufacturer"],
  model: ["型式", "model"],
  serialNumber: ["製造番号", "serial number"],
  registrationDate: ["登録日", "registered on", "registration date"],
  expiryDate: ["有効期限", "expiry date", "expiration date"],
} as const;
type Column = keyof typeof COLUMNS;

/** The element's text as plain text (no hidden or reordering characters); long texts are cut, then refused. */
const text = (element: Element | null | undefined) => plainText(element?.textContent ?? "", 201);

/** `2025/06/19`, `2025-06-19` or `2025年6月19日` as `2025-06-19`; undefined for anything else. */
export function readShownDate(shown: string): string | undefined {
  const match = /^(\d{4})[/年-](\d{1,2})[/月-](\d{1,2})日?$/.exec(shown.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  return `${year}-${month?.padStart(2, "0")}-${day?.padStart(2, "0")}`;
}

/** The registrations of the completion page (empty when the page is not one). */
export function readCompletionPage(document: Document): SeenRegistration[] {
  const items = [...document.querySelectorAll("#registration-numbers li")];
  return items.flatMap((item, index) => {
    const mark = MARK.exec(text(item.querySelector(".registration-number") ?? item))?.[0];
    const block = `#summary-ua-${index + 1}`;
    const serialNumber = text(document.querySelector(`${block}-serial-number`));
    const manufacturer = text(document.querySelector(`${block}-manufacturer`));
    const model = text(document.querySelector(`${block}-model`));
    if (mark === undefined || serialNumber === "" || manufacturer === "" || model === "") return [];
    // The line itself names the serial number: a summary block out of step with the marks is not trusted.
    if (!text(item).includes(serialNumber)) return [];
    return [{ mark, manufacturer, model, serialNumber }];
  });
}

function columnIndexes(headings: readonly string[]): Partial<Record<Column, number>> {
  const found: Partial<Record<Column, number>> = {};
  headings.forEach((heading, index) => {
    const lower = heading.toLowerCase();
    for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
      if (names.includes(lower)) found[column] ??= index;
    }
  });
  return found;
}

/** The registrations of every table that has mark, manufacturer, model and serial-number columns. */
export function readStatusTables(document: Document): SeenRegistration[] {
  const seen: SeenRegistration[] = [];
  for (const table of document.querySelectorAll("table")) {
    const rows = [...table.querySelectorAll("tr")];
    const headingRow = rows.find((row) => row.querySelector("th") !== null);
    if (headingRow === undefined) continue;
    const at = columnIndexes([...headingRow.querySelectorAll("th")].map((cell) => text(cell)));
    const { mark: markAt, manufacturer: makerAt, model: modelAt, serialNumber: serialAt } = at;
    if (markAt === undefined || makerAt === undefined || modelAt === undefined || serialAt === undefined) continue;
    for (const row of rows) {
      const cells = [...row.querySelectorAll("td")].map((cell) => text(cell));
      const mark = MARK.exec(cells[markAt] ?? "")?.[0];
      const [manufacturer, model, serialNumber] = [cells[makerAt], cells[modelAt], cells[serialAt]];
      if (mark === undefined || !manufacturer || !model || !serialNumber) continue;
      const entry: SeenRegistration = { mark, manufacturer, model, serialNumber };
      const applicationId = at.applicationId === undefined ? "" : (cells[at.applicationId] ?? "");
      if (/^[0-9A-Za-z_-]{1,40}$/.test(applicationId)) entry.applicationId = applicationId;
      const registered = readShownDate(at.registrationDate === undefined ? "" : (cells[at.registrationDate] ?? ""));
      if (registered !== undefined) entry.registrationDate = registered;
      const expiry = readShownDate(at.expiryDate === undefined ? "" : (cells[at.expiryDate] ?? ""));
      if (expiry !== undefined) entry.expiryDate = expiry;
      seen.push(entry);
    }
  }
  return seen;
}
