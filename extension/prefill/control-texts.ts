// SPDX-License-Identifier: MIT
/**
 * What a person reads next to a form control, sorted by how much it says: the control's own labels and the words
 * right before it in its cell (`near`), the row's header or the group's caption (`context`), the placeholder and
 * title (`hints`, weaker), and last the `name` and `id` (`names`, weakest). Also the word right after it ("年",
 * "月", "日" after a date select), which names a part of a split field.
 */

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The texts around one control, by strength. */
export interface ControlTexts {
  /** The control's own labels (`label[for]`, a wrapping label, `aria-labelledby`, `aria-label`). */
  readonly labels: readonly string[];
  /** The words right before the control in its cell (「姓」「セイ」「〒」). */
  readonly before: string;
  /** The row's `th`, a `dt`, a preceding caption, or a radio group's caption. */
  readonly header: string;
  /** The header, then the fieldset legend: what the row or group is about. */
  readonly context: readonly string[];
  /** Placeholder and title: weaker evidence (often an example value). */
  readonly hints: readonly string[];
  /** `name` and `id`: the weakest evidence, read as (romanized) words. */
  readonly names: readonly string[];
  /** The short text right after the control, before the next control ("年", "月", "日"). */
  readonly after: string;
}

const CONTROLS = "input, select, textarea";
const clean = (text: string | null | undefined): string => (text ?? "").replace(/\s+/gu, " ").trim();

/** Text of an element without the text of controls inside it (a select's options are not a label). */
export function visibleText(element: Element | null | undefined): string {
  if (!element) return "";
  if (!element.querySelector("select, textarea, option")) return clean(element.textContent);
  const copy = element.cloneNode(true) as Element;
  for (const inner of copy.querySelectorAll("select, textarea")) inner.remove();
  return clean(copy.textContent);
}

function byIds(root: Document, ids: string | null): string {
  return (ids ?? "")
    .split(/\s+/u)
    .filter(Boolean)
    .map((id) => visibleText(root.getElementById(id)))
    .join(" ");
}

/** A control's own label texts (for a radio: the option's label). */
export function ownLabels(control: FormControl): string[] {
  const labels = [...(control.labels ?? [])].map((label) => visibleText(label));
  return [
    ...labels,
    byIds(control.ownerDocument, control.getAttribute("aria-labelledby")),
    clean(control.getAttribute("aria-label")),
  ].filter((text) => text !== "");
}

/**
 * Text of the siblings between `node` and the nearest control or element boundary in `direction`; with `nearest`,
 * only the closest non-blank one ("電話番号 市外局番 <input>" → "市外局番").
 */
function siblingText(node: Node, direction: "before" | "after", nearest = false): string {
  const parts: string[] = [];
  const step = (n: Node) => (direction === "before" ? n.previousSibling : n.nextSibling);
  for (let sibling = step(node); sibling; sibling = step(sibling)) {
    if (sibling instanceof Element && (sibling.matches(CONTROLS) || sibling.querySelector(CONTROLS))) break;
    if (sibling instanceof Element && sibling.matches("br, label")) break;
    const text = clean(sibling.textContent);
    if (text !== "") parts.push(text);
    if (parts.join("").length > 40 || (nearest && parts.length > 0)) break;
  }
  const joined = (direction === "before" ? parts.reverse() : parts).join(" ");
  return joined.length <= 40 ? joined : "";
}

/** The cell a control sits in: a table cell, a `dd`, or the control's own parent. */
function cellOf(control: Element): Element | null {
  return control.closest("td, dd, th") ?? control.parentElement;
}

/** Words right before the control inside its cell (「姓」「セイ」「〒」), climbing out of wrappers of this control alone. */
function wordsBefore(control: Element): string {
  const cell = cellOf(control);
  let node: Element = control;
  for (let depth = 0; depth < 3; depth++) {
    const text = siblingText(node, "before", true);
    const parent = node.parentElement;
    if (text !== "" || !parent || node === cell || parent.querySelectorAll(CONTROLS).length > 1) return text;
    if (parent.matches("td, dd, th, form, fieldset, body")) return "";
    node = parent;
  }
  return "";
}

/** The header of the row or definition the control sits in, or the caption just before its block. */
function rowHeader(control: Element): string {
  const cell = control.closest("td, dd");
  if (cell?.matches("td")) {
    const header = [...(cell.parentElement?.children ?? [])].find((c) => c.matches("th"));
    if (header) return visibleText(header);
  }
  if (cell?.matches("dd")) {
    for (let previous = cell.previousElementSibling; previous; previous = previous.previousElementSibling) {
      if (previous.matches("dt")) return visibleText(previous);
    }
  }
  // A row block that starts with its caption ("<div><span>電話番号</span> 市外局番 <input> …</div>").
  const row = control.closest("li, p, div");
  const first = row?.querySelector(CONTROLS);
  const count = row?.querySelectorAll(CONTROLS).length ?? 0;
  if (row && first && count > 1 && count <= 4) {
    for (const node of row.childNodes) {
      if (node instanceof Element && (node.matches(CONTROLS) || node.querySelector(CONTROLS))) break;
      const text = clean(node.textContent);
      if (text !== "") return text.length <= 40 ? text : "";
    }
  }
  // A block whose caption comes just before it ("<div><span>住所</span><input>…</div>").
  let current: Element | null = control;
  for (let depth = 0; current && depth < 4 && !current.matches("form, fieldset, body, section"); depth++) {
    const text = siblingText(current, "before");
    if (text !== "") return text;
    current = current.parentElement;
  }
  return "";
}

function legendOf(control: Element): string {
  const fieldset = control.closest("fieldset");
  return fieldset ? visibleText(fieldset.querySelector(":scope > legend")) : "";
}

/** The caption of the group a radio belongs to: `role=radiogroup` labels, a fieldset legend, or its row header. */
function radioGroupCaption(radio: HTMLInputElement): string {
  const group = radio.closest('[role="radiogroup"], [role="group"]');
  if (group) {
    const text = byIds(radio.ownerDocument, group.getAttribute("aria-labelledby")) || group.getAttribute("aria-label");
    if (text) return clean(text);
  }
  const legend = radio.closest("fieldset")?.querySelector(":scope > legend");
  // A legend is the group's caption only when the fieldset holds just this group.
  if (legend && radio.closest("fieldset")?.querySelectorAll(CONTROLS).length === radioCount(radio)) {
    return visibleText(legend);
  }
  return rowHeader(radio.closest("label") ?? radio);
}

function radioCount(radio: HTMLInputElement): number {
  const root = radio.form ?? radio.ownerDocument;
  return [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.name === radio.name)
    .length;
}

/** Everything a person (and the page's markup) says about a control. */
export function readTexts(control: FormControl): ControlTexts {
  const isRadio = control instanceof HTMLInputElement && control.type === "radio";
  const isCheckbox = control instanceof HTMLInputElement && control.type === "checkbox";
  const labels = isRadio ? [] : ownLabels(control);
  const before = isRadio ? "" : wordsBefore(control);
  const header = isRadio ? radioGroupCaption(control) : rowHeader(control);
  const context = [header, isRadio || isCheckbox ? "" : legendOf(control)];
  const placeholder = control instanceof HTMLSelectElement ? "" : control.placeholder;
  return {
    labels,
    before,
    header: header === before ? "" : header,
    context: context.filter((text) => text !== "" && text !== before && !labels.includes(text)),
    hints: [placeholder, clean(control.title)].filter((text) => text !== ""),
    names: [control.name, control.id].filter((text) => text !== ""),
    after: isRadio ? "" : siblingText(control, "after"),
  };
}
