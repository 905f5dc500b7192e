// SPDX-License-Identifier: MIT
/** Form controls with real `<label for>` (radios in a labelled fieldset), which the extension's prefill relies on. */
import { html, type Html } from "./html";

export interface FieldOptions {
  id: string;
  name: string;
  label: string;
  value: string;
  required?: boolean;
  type?: "text" | "email" | "tel" | "date";
  autocomplete?: string;
}

const requiredMark = (required: boolean | undefined, text: string) =>
  required ? html`<span class="req">${text}</span>` : html``;

export function textField(options: FieldOptions, requiredText: string): Html {
  return html`<div class="field">
    <label for="${options.id}">${options.label}${requiredMark(options.required, requiredText)}</label>
    <input
      type="${options.type ?? "text"}"
      id="${options.id}"
      name="${options.name}"
      value="${options.value}"
      ${options.autocomplete ? html`autocomplete="${options.autocomplete}"` : ""}${options.required ? html` required` : ""}
    />
  </div>`;
}

export function selectField(
  options: FieldOptions & { choices: Readonly<Record<string, string>>; placeholder: string },
  requiredText: string,
): Html {
  const choices = Object.entries(options.choices).map(
    ([value, label]) =>
      html`<option value="${value}" ${value === options.value ? html` selected` : ""}>${label}</option>`,
  );
  return html`<div class="field">
    <label for="${options.id}">${options.label}${requiredMark(options.required, requiredText)}</label>
    <select id="${options.id}" name="${options.name}" ${options.required ? html` required` : ""}>
      <option value="">${options.placeholder}</option>
      ${choices}
    </select>
  </div>`;
}

export function radioField(
  options: Omit<FieldOptions, "type"> & { choices: Readonly<Record<string, string>> },
  requiredText: string,
): Html {
  const radios = Object.entries(options.choices).map(([value, label]) => {
    const id = `${options.id}-${value}`;
    return html`<input
        type="radio"
        id="${id}"
        name="${options.name}"
        value="${value}"
        ${value === options.value ? html` checked` : ""}
      /><label for="${id}">${label}</label> `;
  });
  return html`<div class="field" role="radiogroup" aria-labelledby="${options.id}-label">
    <span id="${options.id}-label">${options.label}${requiredMark(options.required, requiredText)}</span>
    <div>${radios}</div>
  </div>`;
}
