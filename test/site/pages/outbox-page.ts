// SPDX-License-Identifier: MIT
/** The local mailbox: every mail the practice site "sent", newest first, links clickable. */
import { PAGE_TEXTS } from "../i18n/page-texts";
import type { Language } from "../i18n/language";
import type { Mail } from "../flow/outbox";
import { html } from "./html";
import { layout } from "./layout";

export function outboxPage(lang: Language, mails: readonly Mail[]): string {
  const t = PAGE_TEXTS[lang];
  const items = mails.map(
    (mail) =>
      html`<article class="mail" data-kind="${mail.kind}" data-application-id="${mail.applicationId}">
        <div><strong class="mail-subject">${mail.subject}</strong></div>
        <div>To: ${mail.to} — ${mail.sentAt.toISOString()}</div>
        <div class="mail-body">${mail.body}</div>
        ${mail.link ? html`<p><a class="mail-link" href="${mail.link}" target="_blank">${mail.link}</a></p>` : ""}
      </article>`,
  );
  return layout({
    lang,
    title: t.outboxTitle,
    path: "/outbox",
    body: mails.length ? html`${items}` : html`<p>${t.outboxEmpty}</p>`,
  });
}
