// SPDX-License-Identifier: MIT
/** STEP 02 Owner registration. Inputs are named `owner.<field>` and have ids `owner-<field>`. */
import { FORM_LABELS } from "../i18n/form-labels";
import { PAGE_TEXTS } from "../i18n/page-texts";
import type { Language } from "../i18n/language";
import type { RawFields } from "../flow/wizard-sessions";
import { textField, type FieldOptions } from "./form-fields";
import { html } from "./html";
import { layout } from "./layout";

const FIELDS: readonly {
  key: "name" | "reading" | "address" | "birthDate" | "phone" | "email";
  id: string;
  type: FieldOptions["type"];
  autocomplete: string;
}[] = [
  { key: "name", id: "owner-name", type: "text", autocomplete: "name" },
  { key: "reading", id: "owner-reading", type: "text", autocomplete: "off" },
  { key: "address", id: "owner-address", type: "text", autocomplete: "street-address" },
  { key: "birthDate", id: "owner-birth-date", type: "date", autocomplete: "bday" },
  { key: "phone", id: "owner-phone", type: "tel", autocomplete: "tel" },
  { key: "email", id: "owner-email", type: "email", autocomplete: "email" },
];

export function ownerForm(lang: Language, values: RawFields, invalid: readonly string[] = []): string {
  const t = PAGE_TEXTS[lang];
  const labels = FORM_LABELS[lang];
  const fields = FIELDS.map((field) =>
    textField(
      {
        id: field.id,
        name: `owner.${field.key}`,
        label: labels[field.key],
        value: values[field.key] ?? "",
        type: field.type,
        required: true,
        autocomplete: field.autocomplete,
      },
      t.required,
    ),
  );
  const errors = invalid.length
    ? html`<p class="error" role="alert">
        ${t.invalid}: ${invalid.map((key) => labels[key as keyof typeof labels] as string).join("、")}
      </p>`
    : html``;
  return layout({
    lang,
    title: t.steps[1] ?? "",
    step: 2,
    path: "/owner",
    body: html`${errors}
      <form method="post" action="/owner" id="owner-form">
        <fieldset>
          <legend>${labels.ownerSection}</legend>
          ${fields}
        </fieldset>
        <div class="buttons">
          <a class="button secondary" href="/">${t.back}</a><button type="submit" id="next">${t.next}</button>
        </div>
      </form>`,
  });
}
