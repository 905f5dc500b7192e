// SPDX-License-Identifier: MIT
/**
 * Reads the registrations a DIPS-REG page shows (the list of registered UAs, the application status), by meaning and
 * without touching the page. Two shapes are understood, whatever the markup:
 *
 * - **Columns**: a row of headings (a table's `th`, a row of `div`s, or the first cells of a flat CSS grid) and rows
 *   of cells below it, one registration per row.
 * - **Labels**: a label next to its value (`dt`/`dd`, a `th`/`td` row, a label `span` and its value), grouped into
 *   one registration by the smallest part of the page that holds one 登録記号 label with its UA's labels.
 *
 * Headings are matched by synonyms and containment (registration-headings.ts), dates in the forms of shown-date.ts.
 * A registration needs a mark and the UA's manufacturer, model and serial number; only what the page shows is kept.
 */
import { plainText } from "../common/plain-text";
import type { SeenRegistration } from "../protocol/registration-capture";
import { headingField, type RegistrationField } from "./registration-headings";
import { readShownDates } from "./shown-date";

const MARK = /(?<![0-9A-Z])JU[0-9A-Z]{10}(?![0-9A-Z])/u;
/** Pages with more elements than this are read only this far (DIPS-REG's pages hold a few thousand). */
const MAX_ELEMENTS = 50_000;
const REQUIRED = ["mark", "manufacturer", "model", "serialNumber"] as const;

type Values = Partial<Record<RegistrationField, string>>;

/**
 * The element's text as plain text (no hidden or reordering characters); long texts are cut, before the cleaning
 * so that a container's whole text is not cleaned only to be cut.
 */
const text = (element: Element | null | undefined) => plainText((element?.textContent ?? "").slice(0, 1000), 201);

/** A registration from the values read for each field, or undefined when a required one is missing. */
function seen(values: Values): SeenRegistration | undefined {
  const mark = MARK.exec((values.mark ?? "").normalize("NFKC"))?.[0];
  const { manufacturer, model, serialNumber } = values;
  if (mark === undefined || !manufacturer || !model || !serialNumber || serialNumber.length > 20) return undefined;
  const entry: SeenRegistration = { mark, manufacturer, model, serialNumber };
  const applicationId = (values.applicationId ?? "").normalize("NFKC");
  if (/^[0-9A-Za-z_-]{1,40}$/.test(applicationId)) entry.applicationId = applicationId;
  // A 有効期間 cell may show the whole period (from ～ to): its first date is the registration, its last the expiry.
  const period = readShownDates(values.expiryDate ?? "");
  const registered = readShownDates(values.registrationDate ?? "")[0] ?? (period.length > 1 ? period[0] : undefined);
  if (registered !== undefined) entry.registrationDate = registered;
  const expiry = period.at(-1);
  if (expiry !== undefined) entry.expiryDate = expiry;
  return entry;
}

/** The field of each heading, by position; only a field's first column counts. */
function columnsOf(headings: readonly Element[]): Map<number, RegistrationField> {
  const columns = new Map<number, RegistrationField>();
  const taken = new Set<RegistrationField>();
  headings.forEach((heading, index) => {
    // A cell that shows a mark is data, whatever else it says (a key-value row read as a whole).
    const shown = text(heading);
    const field = MARK.test(shown.normalize("NFKC")) ? undefined : headingField(shown);
    if (field !== undefined && !taken.has(field)) {
      taken.add(field);
      columns.set(index, field);
    }
  });
  return columns;
}

const hasRequiredColumns = (columns: Map<number, RegistrationField>) =>
  REQUIRED.every((field) => [...columns.values()].includes(field));

function rowValues(cells: readonly Element[], columns: Map<number, RegistrationField>): Values {
  const values: Values = {};
  for (const [index, field] of columns) values[field] = text(cells[index]);
  return values;
}

const cellsOf = (row: Element) => [...row.children].filter((cell) => cell.tagName !== "SCRIPT");

/** The rows that share a heading row's columns: a table's other rows, or rows beside it (or beside its wrapper). */
function rowsBeside(heading: Element): Element[] {
  const table = heading.tagName === "TR" ? heading.closest("table") : null;
  if (table !== null) return [...table.querySelectorAll("tr")].filter((row) => row.closest("table") === table);
  const width = cellsOf(heading).length;
  const sameWidth = (rows: Element[]) => rows.filter((row) => row !== heading && cellsOf(row).length === width);
  const siblings = sameWidth([...(heading.parentElement?.children ?? [])]);
  if (siblings.length > 0) return siblings;
  const wrapper = heading.parentElement;
  return sameWidth([...(wrapper?.parentElement?.children ?? [])].flatMap((group) => [...group.children]));
}

/** Registrations of a heading row (its cells are the headings) and the rows beside it. */
function readRows(heading: Element): SeenRegistration[] {
  const columns = columnsOf(cellsOf(heading));
  if (!hasRequiredColumns(columns)) return [];
  return rowsBeside(heading).flatMap((row) => seen(rowValues(cellsOf(row), columns)) ?? []);
}

/** Registrations of a flat grid: the container's first cells are the headings, then the rows' cells in order. */
function readFlatGrid(container: Element): SeenRegistration[] {
  const cells = cellsOf(container);
  const firstMark = cells.findIndex((cell) => MARK.test(text(cell).normalize("NFKC")));
  if (firstMark < 3) return [];
  for (let width = 3; width <= firstMark && width <= 30; width++) {
    const columns = columnsOf(cells.slice(0, width));
    const markAt = [...columns].find(([, field]) => field === "mark")?.[0];
    if (!hasRequiredColumns(columns) || markAt !== firstMark - width) continue;
    const found: SeenRegistration[] = [];
    for (let start = width; start + width <= cells.length; start += width) {
      const entry = seen(rowValues(cells.slice(start, start + width), columns));
      if (entry !== undefined) found.push(entry);
    }
    return found;
  }
  return [];
}

/** The value next to a label: its next sibling, or its wrapper's next sibling (`<th><span>登録記号</span></th>`). */
function valueOf(label: Element): Element | null {
  let at: Element | null = label;
  for (let depth = 0; at !== null && depth < 3; depth++) {
    if (at.nextElementSibling !== null) return at.nextElementSibling;
    const parent: Element | null = at.parentElement;
    at = parent !== null && text(parent) === text(label) ? parent : null;
  }
  return null;
}

interface Label {
  readonly element: Element;
  readonly field: RegistrationField;
  readonly value: string;
}

/** Registrations shown as labels and values, grouped by the smallest part of the page holding one mark label. */
function readLabels(elements: readonly Element[]): SeenRegistration[] {
  // A label and its wrapper (`<th><span>登録記号</span></th>`) name the same value: the value is read once.
  const valuesSeen = new Set<Element>();
  const labels: Label[] = elements.flatMap((element) => {
    if (element.childElementCount > 2 || (element.textContent ?? "").length > 40) return [];
    const shown = text(element);
    const field = headingField(shown);
    // A row that holds a label cell and its value (`<tr><th>型式</th><td>MH-4</td></tr>`) is not itself a label.
    const holdsLabel = [...element.children].some((child) => text(child) !== shown && headingField(text(child)));
    const value = field === undefined || holdsLabel ? null : valueOf(element);
    if (field === undefined || value === null || valuesSeen.has(value)) return [];
    valuesSeen.add(value);
    return [{ element, field, value: text(value) }];
  });
  const marks = labels.filter((label) => label.field === "mark" && MARK.test(label.value.normalize("NFKC")));
  return marks.flatMap((markLabel) => {
    for (let group = markLabel.element.parentElement; group !== null; group = group.parentElement) {
      const inside = labels.filter((label) => group.contains(label.element));
      if (inside.filter((label) => marks.includes(label)).length > 1) return [];
      const values: Values = {};
      for (const label of inside) values[label.field] ??= label.value;
      values.mark = markLabel.value;
      if (REQUIRED.every((field) => values[field])) return seen(values) ?? [];
    }
    return [];
  });
}

/** Every registration the page shows, each mark once (the first reading wins), at most `limit`. */
export function readRegistrations(document: Document, limit = 500): SeenRegistration[] {
  const elements = [...document.body.querySelectorAll("*")].slice(0, MAX_ELEMENTS);
  const found = [
    ...elements.flatMap((element) => (element.childElementCount >= 3 ? readRows(element) : [])),
    ...elements.flatMap((element) => (element.childElementCount >= 6 ? readFlatGrid(element) : [])),
    ...readLabels(elements),
  ];
  const byMark = new Map<string, SeenRegistration>();
  for (const entry of found) if (!byMark.has(entry.mark)) byMark.set(entry.mark, entry);
  return [...byMark.values()].slice(0, limit);
}
