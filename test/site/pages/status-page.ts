// SPDX-License-Identifier: MIT
/** "Confirmation of the application status": the applications of this browser session. */
import { PAGE_TEXTS } from "../i18n/page-texts";
import type { Language } from "../i18n/language";
import type { Application } from "../flow/application";
import { html } from "./html";
import { layout } from "./layout";

export function statusPage(lang: Language, applications: readonly Application[]): string {
  const t = PAGE_TEXTS[lang];
  const rows = applications.map(
    (a) =>
      html`<tr data-application-id="${a.id}" data-state="${a.state}">
        <td>${a.id}</td>
        <td>${t.states[a.state]}</td>
        <td>${a.registrationNumbers.join(", ")}</td>
        <td>${a.feeYen === null ? "" : `¥${a.feeYen.toLocaleString("ja-JP")}`}</td>
      </tr>`,
  );
  const table = applications.length
    ? html`<table class="status" id="status-table">
        <tr>
          ${t.statusColumns.map((c) => html`<th>${c}</th>`)}
        </tr>
        ${rows}
      </table>`
    : html`<p>${t.statusEmpty}</p>`;
  return layout({
    lang,
    title: t.statusTitle,
    path: "/status",
    body: html`${table}
      <p><a href="/">${t.toMenu}</a></p>`,
  });
}
