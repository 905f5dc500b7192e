// SPDX-License-Identifier: MIT
/**
 * STEP 04 User registration: the "same as the owner" radio, and the user's own data when different (the name as
 * 姓 / 名 in two boxes, `user.lastName` and `user.firstName`).
 */
import { FORM_LABELS } from "../i18n/form-labels";
import { PAGE_TEXTS } from "../i18n/page-texts";
import type { Language } from "../i18n/language";
import type { RawFields } from "../flow/wizard-sessions";
import { radioField, textField } from "./form-fields";
import { html } from "./html";
import { layout } from "./layout";
import { splitField } from "./split-fields";

export function userForm(lang: Language, values: RawFields, invalid: readonly string[] = []): string {
  const t = PAGE_TEXTS[lang];
  const l = FORM_LABELS[lang];
  const field = (key: "address" | "phone" | "email", label: string, type: "text" | "tel" | "email") =>
    textField({ id: `user-${key}`, name: `user.${key}`, label, value: values[key] ?? "", type }, t.required);
  const namePart = (key: "lastName" | "firstName") => ({
    id: `user-${key === "lastName" ? "last" : "first"}-name`,
    name: `user.${key}`,
    before: l[key],
    value: values[key] ?? "",
    size: 10,
  });
  const name = splitField(
    { id: "user-name", label: l.userName, parts: [namePart("lastName"), namePart("firstName")] },
    t.required,
  );
  const errors = invalid.length ? html`<p class="error" role="alert">${t.invalid}</p>` : html``;
  return layout({
    lang,
    title: t.steps[3] ?? "",
    step: 4,
    path: "/user",
    body: html`${errors}
      <form method="post" action="/user" id="user-form">
        <fieldset>
          <legend>${l.userSection}</legend>
          ${radioField({ id: "user-same", name: "user.same", label: l.sameAsOwner, value: values.same ?? "same", required: true, choices: l.userSameOptions }, t.required)}
          ${name}${field("address", l.userAddress, "text")}${field("phone", l.userPhone, "tel")}${field("email", l.userEmail, "email")}
        </fieldset>
        <div class="buttons">
          <a class="button secondary" href="/uas">${t.back}</a><button type="submit" id="next">${t.next}</button>
        </div>
      </form>`,
  });
}
