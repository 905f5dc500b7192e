// SPDX-License-Identifier: MIT
/** 有効期間の更新 for one registered UA: where renewal starts; the practice site takes no renewal application. */
import { addDays } from "../../../extension/registrations/model/registration-expiry";
import { REGISTERED_TEXTS } from "../i18n/registered-texts";
import type { Language } from "../i18n/language";
import { html } from "./html";
import { layout } from "./layout";
import { shownDate } from "./registered-uas-page";

/** Renewal opens one month before the expiry (approximated as 30 days on the practice site). */
const RENEWAL_OPENS_DAYS = 30;

export function renewalPage(
  lang: Language,
  registered: { mark: string; expiry: string; manufacturer: string; model: string; serialNumber: string },
  today: string,
): string {
  const t = REGISTERED_TEXTS[lang];
  const open = today >= addDays(registered.expiry, -RENEWAL_OPENS_DAYS);
  return layout({
    lang,
    title: t.renew,
    path: `/renew/${registered.mark}`,
    body: html`<p>${t.renewalLead}</p>
      <dl class="summary">
        <dt>${t.listColumns[0]}</dt>
        <dd>${registered.mark}</dd>
        <dt>${t.listColumns[1]} / ${t.listColumns[2]} / ${t.listColumns[3]}</dt>
        <dd>${registered.manufacturer} / ${registered.model} / ${registered.serialNumber}</dd>
        <dt>${t.renewalExpiry}</dt>
        <dd>${shownDate(registered.expiry)}</dd>
      </dl>
      <p id="renewal-state" data-open="${String(open)}">${open ? t.renewalOpen : t.renewalNotYet}</p>`,
  });
}
