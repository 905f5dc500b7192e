// SPDX-License-Identifier: MIT
/**
 * The texts that say what a form control is, best first: its labels (`<label for>`, a wrapping label,
 * `aria-labelledby`, `aria-label`), a radio group's caption, the placeholder, the name and id, and finally the text
 * just before it (a table header cell, a `<dt>`, a preceding element).
 */

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const textOf = (element: Element | null | undefined): string => element?.textContent?.trim() ?? "";

function byIds(root: Document, ids: string | null): string {
  return (ids ?? "")
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => textOf(root.getElementById(id)))
    .join(" ");
}

/** A control's own label texts (for a radio: the option's label). */
export function ownLabels(control: FormControl): string[] {
  const doc = control.ownerDocument;
  const labels = [...(control.labels ?? [])].map((label) => textOf(label));
  return [...labels, byIds(doc, control.getAttribute("aria-labelledby")), control.getAttribute("aria-label") ?? ""];
}

/** The text of the nearest non-blank node before `node` among its siblings (a control there ends the search). */
function precedingText(node: Node): string {
  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
    if (sibling instanceof Element && sibling.matches("input, select, textarea")) return "";
    const text = sibling.textContent?.trim() ?? "";
    if (text !== "") return text.length <= 80 ? text : "";
  }
  return "";
}

/** Text right before `element` or one of its close ancestors: a row's header cell, a `<dt>`, a caption text. */
function nearbyText(element: Element): string {
  let current: Element | null = element;
  for (let depth = 0; current && depth < 3; depth++) {
    if (current.matches("form, fieldset, body")) break;
    if (current.matches("td")) return textOf(current.parentElement?.querySelector("th"));
    const text = precedingText(current);
    if (text !== "") return text;
    current = current.parentElement;
  }
  return "";
}

/** The caption of the group a radio belongs to: `role=radiogroup` labels, else the nearest fieldset's legend. */
function radioGroupCaption(radio: HTMLInputElement): string {
  const group = radio.closest('[role="radiogroup"], [role="group"], fieldset');
  if (!group) return "";
  if (group.matches("fieldset")) return textOf(group.querySelector(":scope > legend"));
  const doc = radio.ownerDocument;
  return (
    byIds(doc, group.getAttribute("aria-labelledby")) || (group.getAttribute("aria-label") ?? "") || nearbyText(group)
  );
}

/** What the control is, best evidence first, computed lazily (the caller stops at the first text it understands). */
export function* describingTexts(control: FormControl): Generator<string> {
  const isRadio = control instanceof HTMLInputElement && control.type === "radio";
  const sources = [
    ...(isRadio ? [() => radioGroupCaption(control)] : ownLabels(control).map((label) => () => label)),
    () => (control instanceof HTMLSelectElement ? "" : control.placeholder),
    () => control.name,
    () => control.id,
    () => nearbyText(control),
  ];
  for (const source of sources) {
    const text = source();
    if (text.trim() !== "") yield text;
  }
}
