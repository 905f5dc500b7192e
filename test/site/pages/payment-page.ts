// SPDX-License-Identifier: MIT
/** The practice fee payment, linked from the fee mail: the fee, one button, then the paid page. */
import { REGISTERED_TEXTS } from "../i18n/registered-texts";
import type { Language } from "../i18n/language";
import type { Application } from "../flow/application";
import { html } from "./html";
import { layout } from "./layout";

export function paymentPage(lang: Language, application: Application, token: string): string {
  const t = REGISTERED_TEXTS[lang];
  return layout({
    lang,
    title: t.paymentTitle,
    path: `/payment/${token}`,
    body: html`<p class="notice">${t.paymentLead}</p>
      <dl class="summary">
        <dt>${t.paymentApplication}</dt>
        <dd id="payment-application">${application.id}</dd>
        <dt>${t.paymentFee}</dt>
        <dd id="payment-fee">¥${(application.feeYen ?? 0).toLocaleString("ja-JP")}</dd>
      </dl>
      <form method="post" action="/payment/${token}">
        <div class="buttons"><button type="submit" id="pay">${t.pay}</button></div>
      </form>`,
  });
}

export function paidPage(lang: Language, path: string): string {
  const t = REGISTERED_TEXTS[lang];
  return layout({
    lang,
    title: t.paidTitle,
    path,
    body: html`<p id="paid-message"><strong>${t.paidLead}</strong></p>
      <div class="buttons"><a class="button" href="/registered-uas" id="to-registered-uas">${t.listTitle}</a></div>`,
  });
}

export function paymentInvalidPage(lang: Language, path: string): string {
  const t = REGISTERED_TEXTS[lang];
  return layout({ lang, title: t.paymentTitle, path, body: html`<p class="error">${t.paymentInvalid}</p>` });
}
