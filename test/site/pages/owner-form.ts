// SPDX-License-Identifier: MIT
/**
 * STEP 02 Owner registration, laid out as Japanese government forms are: 姓 / 名 and セイ / メイ in separate boxes, the
 * postal code as 3 + 4 digits, the birth date as year / month / day selects. Inputs are named `owner.<field>`
 * (`owner.lastName`, `owner.postalCode1`, `owner.birthYear`, …) and have ids `owner-<field>`.
 */
import { FORM_LABELS } from "../i18n/form-labels";
import { PAGE_TEXTS } from "../i18n/page-texts";
import type { Language } from "../i18n/language";
import type { RawFields } from "../flow/wizard-sessions";
import { textField } from "./form-fields";
import { html } from "./html";
import { layout } from "./layout";
import { dateParts, splitField } from "./split-fields";

/** The keys the site reports as invalid (application data fields, plus the postal code). */
type InvalidKey = "name" | "reading" | "postalCode" | "address" | "birthDate" | "phone" | "email";

export function ownerForm(lang: Language, values: RawFields, invalid: readonly string[] = []): string {
  const t = PAGE_TEXTS[lang];
  const labels = FORM_LABELS[lang];
  const v = (key: string) => values[key] ?? "";
  const text = (key: "address" | "phone" | "email", type: "text" | "tel" | "email", autocomplete: string) =>
    textField(
      {
        id: `owner-${key}`,
        name: `owner.${key}`,
        label: labels[key],
        value: v(key),
        type,
        required: true,
        autocomplete,
      },
      t.required,
    );
  const part = (key: string, before: string, size: number) => ({
    id: `owner-${key.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`)}`,
    name: `owner.${key}`,
    before,
    value: v(key),
    size,
  });
  const fields = html`
    ${splitField(
      {
        id: "owner-name",
        label: labels.name,
        required: true,
        parts: [part("lastName", labels.lastName, 10), part("firstName", labels.firstName, 10)],
      },
      t.required,
    )}
    ${splitField(
      {
        id: "owner-reading",
        label: labels.reading,
        required: true,
        parts: [part("lastReading", labels.lastReading, 10), part("firstReading", labels.firstReading, 10)],
      },
      t.required,
    )}
    ${splitField(
      {
        id: "owner-postal-code",
        label: labels.postalCode,
        required: true,
        parts: [
          { ...part("postalCode1", "〒", 3), ariaLabel: labels.postalFirst, maxlength: 3, inputmode: "numeric" },
          { ...part("postalCode2", "-", 4), ariaLabel: labels.postalLast, maxlength: 4, inputmode: "numeric" },
        ],
      },
      t.required,
    )}
    ${text("address", "text", "street-address")}
    ${splitField(
      {
        id: "owner-birth-date",
        label: labels.birthDate,
        required: true,
        parts: dateParts(
          { id: "owner-birth", name: "owner.birth" },
          { year: v("birthYear"), month: v("birthMonth"), day: v("birthDay") },
          labels.birthParts,
          lang === "ja",
          new Date().getFullYear(),
        ),
      },
      t.required,
    )}
    ${text("phone", "tel", "tel")} ${text("email", "email", "email")}
  `;
  const errors = invalid.length
    ? html`<p class="error" role="alert">
        ${t.invalid}: ${invalid.map((key) => (labels[key as InvalidKey] as string | undefined) ?? key).join("、")}
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
