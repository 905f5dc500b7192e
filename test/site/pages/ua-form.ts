// SPDX-License-Identifier: MIT
/**
 * STEP 03 UA registration: one fieldset per UA ("UA 1", "UA 2", …), inputs named `ua.<n>.<field>` with ids
 * `ua-<n>-<field>`. "Add a UA" posts the form and shows one more block.
 */
import { FORM_LABELS } from "../i18n/form-labels";
import { PAGE_TEXTS } from "../i18n/page-texts";
import type { Language } from "../i18n/language";
import type { RawFields } from "../flow/wizard-sessions";
import { radioField, selectField, textField } from "./form-fields";
import { html, type Html } from "./html";
import { layout } from "./layout";

function uaBlock(lang: Language, n: number, values: RawFields, removable: boolean): Html {
  const t = PAGE_TEXTS[lang];
  const l = FORM_LABELS[lang];
  const id = (key: string) => `ua-${n}-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const base = (key: string, label: string, required = true) => ({
    id: id(key),
    name: `ua.${n}.${key}`,
    label,
    value: values[key] ?? "",
    required,
  });
  return html`<fieldset class="ua" id="ua-${n}" data-ua-index="${n}">
    <legend>${l.uaSection} ${n}</legend>
    ${selectField({ ...base("manufacturingType", l.manufacturingType), choices: l.manufacturingTypes, placeholder: l.choose }, t.required)}
    ${textField(base("manufacturer", l.manufacturer), t.required)} ${textField(base("model", l.model), t.required)}
    ${selectField({ ...base("category", l.category), choices: l.categories, placeholder: l.choose }, t.required)}
    ${textField(base("serialNumber", l.serialNumber), t.required)}
    ${radioField({ ...base("remoteIdType", l.remoteIdType), choices: l.remoteIdTypes }, t.required)}
    ${textField(base("remoteIdManufacturer", l.remoteIdManufacturer, false), t.required)}
    ${textField(base("remoteIdModel", l.remoteIdModel, false), t.required)}
    ${textField(base("remoteIdSerialNumber", l.remoteIdSerialNumber, false), t.required)}
    ${radioField({ ...base("alteration", l.alteration), choices: l.alterations }, t.required)}
    ${removable ? html`<button type="submit" class="secondary" name="action" value="remove-${n}" formnovalidate>${t.removeUa}</button>` : ""}
  </fieldset>`;
}

export function uaForm(lang: Language, uas: readonly RawFields[], invalid: readonly number[] = []): string {
  const t = PAGE_TEXTS[lang];
  const blocks = uas.map((values, i) => uaBlock(lang, i + 1, values, uas.length > 1));
  const errors = invalid.length
    ? html`<p class="error" role="alert">
        ${t.invalid}: ${invalid.map((n) => `${FORM_LABELS[lang].uaSection} ${n}`).join("、")}
      </p>`
    : html``;
  return layout({
    lang,
    title: t.steps[2] ?? "",
    step: 3,
    path: "/uas",
    body: html`${errors}
      <form method="post" action="/uas" id="ua-form">
        ${blocks}
        <div class="buttons">
          <button type="submit" class="secondary" name="action" value="add" id="add-ua" formnovalidate>
            ${t.addUa}
          </button>
        </div>
        <div class="buttons">
          <a class="button secondary" href="/owner">${t.back}</a>
          <button type="submit" name="action" value="next" id="next">${t.next}</button>
        </div>
      </form>`,
  });
}
