// SPDX-License-Identifier: MIT
/**
 * STEP 06 Finalization: the seed's completion text, and no registration mark: DIPS-REG issues the marks only once
 * the fee, announced by mail, is paid.
 */
import { PAGE_TEXTS } from "../i18n/page-texts";
import type { Language } from "../i18n/language";
import type { Application } from "../flow/application";
import { applicationSummary } from "./application-summary";
import { html } from "./html";
import { layout } from "./layout";

export function completionPage(lang: Language, application: Application): string {
  const t = PAGE_TEXTS[lang];
  return layout({
    lang,
    title: t.completeTitle,
    step: 6,
    path: `/complete/${application.id}`,
    body: html`<p id="complete-message"><strong>${t.completeLead}</strong></p>
      <p>${t.completeFee}</p>
      <p>${t.completeStatus}</p>
      ${applicationSummary(lang, application.data)}
      <div class="buttons">
        <a class="button" href="/status" id="to-status">${t.statusTitle}</a>
        <a class="button secondary" href="/" id="to-menu">${t.toMenu}</a>
      </div>`,
  });
}
