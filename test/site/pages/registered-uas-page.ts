// SPDX-License-Identifier: MIT
/**
 * 登録済み無人航空機一覧: the UAs of this browser session's paid applications, each with its registration mark,
 * registration date (the day the fee was paid) and 有効期間満了日, and 有効期間の更新 where renewal starts.
 */
import { computedExpiry, dateInJapan } from "../../../extension/registrations/model/registration-expiry";
import { REGISTERED_TEXTS } from "../i18n/registered-texts";
import type { Language } from "../i18n/language";
import type { Application } from "../flow/application";
import { html } from "./html";
import { layout } from "./layout";

/** The site writes dates as yyyy/mm/dd. */
export const shownDate = (isoDate: string) => isoDate.replaceAll("-", "/");

/** Each registered UA of the applications: mark, UA, registration and expiry dates (ISO). */
export function registeredUas(applications: readonly Application[]) {
  return applications.flatMap((application) => {
    if (application.paidAt === null) return [];
    const registered = dateInJapan(application.paidAt);
    return application.data.uas.flatMap((ua, i) => {
      const mark = application.registrationNumbers[i];
      return mark === undefined ? [] : [{ mark, ua, registered, expiry: computedExpiry(registered) }];
    });
  });
}

export function registeredUasPage(lang: Language, applications: readonly Application[]): string {
  const t = REGISTERED_TEXTS[lang];
  const rows = registeredUas(applications).map(
    ({ mark, ua, registered, expiry }) =>
      html`<tr data-mark="${mark}">
        <td class="registration-mark">${mark}</td>
        <td>${ua.manufacturer}</td>
        <td>${ua.model}</td>
        <td>${ua.serialNumber}</td>
        <td>${shownDate(registered)}</td>
        <td>${shownDate(expiry)}</td>
        <td><a class="button secondary renew" href="/renew/${mark}">${t.renew}</a></td>
      </tr>`,
  );
  const table = rows.length
    ? html`<table class="status" id="registered-uas">
        <thead>
          <tr>
            ${t.listColumns.map((column) => html`<th>${column}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>`
    : html`<p>${t.listEmpty}</p>`;
  return layout({ lang, title: t.listTitle, path: "/registered-uas", body: table });
}
