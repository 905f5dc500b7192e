// SPDX-License-Identifier: MIT
/** STEP 06 Finalization: the seed's completion text and the registration marks issued. */
import { PAGE_TEXTS } from "../i18n/page-texts";
import type { Language } from "../i18n/language";
import type { Application } from "../flow/application";
import { applicationSummary } from "./application-summary";
import { html } from "./html";
import { layout } from "./layout";

export function completionPage(lang: Language, application: Application): string {
  const t = PAGE_TEXTS[lang];
  const marks = application.registrationNumbers.map(
    (mark, i) =>
      html`<li>
        <span>UA ${i + 1} (${application.data.uas[i]?.serialNumber ?? ""})</span>:
        <strong class="registration-number">${mark}</strong>
      </li>`,
  );
  return layout({
    lang,
    title: t.completeTitle,
    step: 6,
    path: `/complete/${application.id}`,
    body: html`<p id="complete-message"><strong>${t.completeLead}</strong></p>
      <p>${t.completeFee}</p>
      <h2>${t.registrationNumbers}</h2>
      <ul id="registration-numbers">
        ${marks}
      </ul>
      <p>${t.completeStatus}</p>
      ${applicationSummary(lang, application.data)}
      <div class="buttons">
        <a class="button" href="/status" id="to-status">${t.statusTitle}</a>
        <a class="button secondary" href="/" id="to-menu">${t.toMenu}</a>
      </div>`,
  });
}
