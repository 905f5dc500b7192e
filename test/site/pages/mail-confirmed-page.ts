// SPDX-License-Identifier: MIT
/** The tab the confirmation URL opens: "This e-mail address has been authenticated." (or invalid). */
import { PAGE_TEXTS } from "../i18n/page-texts";
import type { Language } from "../i18n/language";
import { html } from "./html";
import { layout } from "./layout";

export function mailConfirmedPage(lang: Language, confirmed: boolean, path: string): string {
  const t = PAGE_TEXTS[lang];
  return layout({
    lang,
    title: t.mailConfirmedTitle,
    path,
    body: confirmed
      ? html`<p id="mail-confirmed">${t.mailConfirmed}</p>`
      : html`<p id="mail-invalid" class="error">${t.mailInvalid}</p>`,
  });
}
