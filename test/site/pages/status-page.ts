// SPDX-License-Identifier: MIT
/**
 * "Confirmation of the application status": the applications of this browser session, one row per UA; once the fee
 * is paid, each UA's registration mark, registration date (the paid day) and 有効期限 (expiry).
 */
import { computedExpiry, dateInJapan } from "../../../extension/registrations/model/registration-expiry";
import { PAGE_TEXTS } from "../i18n/page-texts";
import type { Language } from "../i18n/language";
import type { Application } from "../flow/application";
import { html } from "./html";
import { layout } from "./layout";

/** The site writes dates as yyyy/mm/dd. */
const shownDate = (isoDate: string) => isoDate.replaceAll("-", "/");

function rowsOf(lang: Language, a: Application) {
  const t = PAGE_TEXTS[lang];
  const registered = a.paidAt === null ? null : dateInJapan(a.paidAt);
  const fee = a.feeYen === null ? "" : `¥${a.feeYen.toLocaleString("ja-JP")}`;
  const uas = a.state === "completed" ? a.data.uas : a.data.uas.slice(0, 1);
  return uas.map((ua, i) => {
    const mark = a.registrationNumbers[i] ?? "";
    const dated = mark !== "" && registered !== null;
    return html`<tr data-application-id="${a.id}" data-state="${a.state}">
      <td>${a.id}</td>
      <td>${a.paidAt === null ? t.states[a.state] : t.states.registered}</td>
      <td class="registration-mark">${mark}</td>
      <td>${ua.manufacturer}</td>
      <td>${ua.model}</td>
      <td>${ua.serialNumber}</td>
      <td>${dated ? shownDate(registered) : ""}</td>
      <td class="expiry-date">${dated ? shownDate(computedExpiry(registered)) : ""}</td>
      <td>${i === 0 ? fee : ""}</td>
    </tr>`;
  });
}

export function statusPage(lang: Language, applications: readonly Application[]): string {
  const t = PAGE_TEXTS[lang];
  const table = applications.length
    ? html`<table class="status" id="status-table">
        <tr>
          ${t.statusColumns.map((c) => html`<th>${c}</th>`)}
        </tr>
        ${applications.flatMap((a) => rowsOf(lang, a))}
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
