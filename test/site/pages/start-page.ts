// SPDX-License-Identifier: MIT
/** STEP 01 Start. */
import { PAGE_TEXTS } from "../i18n/page-texts";
import type { Language } from "../i18n/language";
import { html } from "./html";
import { layout } from "./layout";

export function startPage(lang: Language): string {
  const t = PAGE_TEXTS[lang];
  return layout({
    lang,
    title: t.startTitle,
    step: 1,
    path: "/",
    body: html`<p>${t.startLead}</p>
      <form method="post" action="/start">
        <div class="buttons"><button type="submit" id="begin">${t.begin}</button></div>
      </form>`,
  });
}
