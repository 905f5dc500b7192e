// SPDX-License-Identifier: MIT
/**
 * Putting a value into a control the way a user would: through the prototype's native value setter (so React-style
 * wrappers see the change), then `input`, `change` and `blur` events. Selects and radios pick the option whose
 * value or text matches one of the offered spellings. Nothing is ever submitted.
 */
import { ownLabels, type FormControl } from "./control-texts";
import { normalizeText } from "./field-synonyms";

/** What to put in a field: `value` for text, `choices` (spellings, best first) for selects, radios and checkboxes. */
export interface FillValue {
  readonly value: string;
  readonly choices: readonly string[];
  /** Value for a control of this `type` (e.g. `date` wants ISO while a text box gets `YYYY/MM/DD`). */
  readonly byType?: Readonly<Record<string, string>> | undefined;
}

function setNative(element: FormControl, property: "value" | "checked", value: string | boolean): void {
  const prototype = Object.getPrototypeOf(element) as object;
  const descriptor = Object.getOwnPropertyDescriptor(prototype, property);
  if (descriptor?.set) descriptor.set.call(element, value);
  else Reflect.set(element, property, value);
}

function announce(element: FormControl): void {
  const view = element.ownerDocument.defaultView;
  if (!view) return;
  element.dispatchEvent(new view.Event("input", { bubbles: true }));
  element.dispatchEvent(new view.Event("change", { bubbles: true }));
  element.dispatchEvent(new view.FocusEvent("blur"));
  element.dispatchEvent(new view.FocusEvent("focusout", { bubbles: true }));
}

/**
 * Index of the option whose visible text equals a spelling (best spelling first), else whose value does, else
 * whose text contains one. Texts come first: a page's option values are its own codes ("1" may well mean なし), while
 * its texts are what the person reads.
 */
function pick(candidates: readonly { value: string; texts: readonly string[] }[], choices: readonly string[]): number {
  const wanted = choices.map(normalizeText).filter((choice) => choice !== "");
  const texts = candidates.map((candidate) => candidate.texts.map(normalizeText).filter((text) => text !== ""));
  const values = candidates.map((candidate) => normalizeText(candidate.value));
  for (const choice of wanted) {
    const exact = texts.findIndex((options) => options.includes(choice));
    if (exact >= 0) return exact;
  }
  for (const choice of wanted) {
    const byValue = values.indexOf(choice);
    if (byValue >= 0) return byValue;
  }
  for (const choice of wanted.filter((choice) => choice.length >= 2)) {
    const partial = texts.findIndex((options) => options.some((text) => text.includes(choice)));
    if (partial >= 0) return partial;
  }
  return -1;
}

const TRUE_WORDS = new Set(["true", "yes", "1", "on"]);

/**
 * Fills one control (for radios: the whole group `radios`). Returns false when no option matched; the control
 * is then left as it was.
 */
export function fillControl(control: FormControl, fill: FillValue, radios: readonly HTMLInputElement[] = []): boolean {
  if (control instanceof HTMLSelectElement) {
    const options = [...control.options].filter((option) => !option.disabled && option.value !== "");
    const index = pick(
      options.map((option) => ({ value: option.value, texts: [option.text] })),
      fill.choices,
    );
    const option = options[index];
    if (!option) return false;
    setNative(control, "value", option.value);
  } else if (control instanceof HTMLInputElement && control.type === "radio") {
    const index = pick(
      radios.map((radio) => ({ value: radio.value, texts: ownLabels(radio) })),
      fill.choices,
    );
    const radio = radios[index];
    if (!radio) return false;
    setNative(radio, "checked", true);
    announce(radio);
    return true;
  } else if (control instanceof HTMLInputElement && control.type === "checkbox") {
    setNative(control, "checked", TRUE_WORDS.has(fill.value.toLowerCase()));
  } else {
    const type = control instanceof HTMLInputElement ? control.type : "textarea";
    setNative(control, "value", fill.byType?.[type] ?? fill.value);
  }
  announce(control);
  return true;
}
