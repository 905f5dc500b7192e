// SPDX-License-Identifier: MIT
/**
 * STEP 05 Confirmation, and the page on which the whole identity flow runs in modal windows (as on DIPS-REG):
 * the page script gets its texts as JSON and drives e-mail confirmation, ① – ④.
 */
import { FLOW_TEXTS } from "../i18n/flow-texts";
import { PAGE_TEXTS } from "../i18n/page-texts";
import { REFUSAL_MESSAGES } from "../i18n/refusal-messages";
import type { Language } from "../i18n/language";
import type { ApplicationData } from "../model/application-data";
import { applicationSummary } from "./application-summary";
import { Html, html } from "./html";
import { layout } from "./layout";

/** JSON inside a `<script type="application/json">`: `<` escaped so no text can close the element. */
function jsonScript(id: string, value: unknown): Html {
  const json = JSON.stringify(value).replace(/</g, "\\u003c");
  return new Html(`<script type="application/json" id="${id}">${json}</script>`);
}

export function confirmationPage(lang: Language, data: ApplicationData): string {
  const t = PAGE_TEXTS[lang];
  const links = {
    owner: html`<a href="/owner">${t.correctOwner}</a>`,
    ua: html`<a href="/uas">${t.correctUa}</a>`,
    user: html`<a href="/user">${t.correctUser}</a>`,
  };
  return layout({
    lang,
    title: t.confirmTitle,
    step: 5,
    path: "/confirm",
    body: html`${applicationSummary(lang, data, links)}
      <div class="buttons">
        <a class="button secondary" href="/user" id="back">${t.back}</a>
        <button type="button" id="apply">${t.apply}</button>
      </div>
      <div id="flow-root"></div>`,
    scripts: html`${jsonScript("flow-config", { lang, texts: FLOW_TEXTS[lang], refusals: REFUSAL_MESSAGES[lang] })}
      <script src="/assets/identity-flow.js"></script>`,
  });
}
