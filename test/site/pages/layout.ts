// SPDX-License-Identifier: MIT
/** The frame of every page: title, language switch, wizard steps, menu links. */
import { PAGE_TEXTS } from "../i18n/page-texts";
import { REGISTERED_TEXTS } from "../i18n/registered-texts";
import type { Language } from "../i18n/language";
import { html, type Html } from "./html";
import { SITE_CSS } from "./site-css";

export interface LayoutOptions {
  lang: Language;
  title: string;
  /** 1–6: the wizard step to highlight; omitted on pages outside the wizard. */
  step?: number;
  /** Path of the current page, for the language switch link. */
  path: string;
  body: Html;
  scripts?: Html;
}

export function layout(options: LayoutOptions): string {
  const t = PAGE_TEXTS[options.lang];
  const other: Language = options.lang === "ja" ? "en" : "ja";
  const separator = options.path.includes("?") ? "&" : "?";
  const steps =
    options.step === undefined
      ? html``
      : html`<ol class="steps">
          ${t.steps.map((label, i) => html`<li class="${i + 1 === options.step ? "current" : ""}">${label}</li>`)}
        </ol>`;
  return html`<!doctype html>
    <html lang="${options.lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title} | ${t.siteTitle}</title>
        <style>
          ${SITE_CSS}
        </style>
      </head>
      <body>
        <header class="site-header">
          <a class="brand" href="/">DIPS 2.0 <span>${t.siteTitle}</span></a>
          <nav>
            <a href="/status">${t.statusTitle}</a>
            <a href="/registered-uas" id="registered-uas-link">${REGISTERED_TEXTS[options.lang].listTitle}</a>
            <a href="/outbox" target="_blank" id="outbox-link">${t.outboxTitle}</a>
            <a href="${options.path}${separator}lang=${other}" id="language-switch" lang="${other}">${t.language}</a>
          </nav>
        </header>
        <p class="practice">${t.practiceNotice}</p>
        <main>
          ${steps}
          <h1>${options.title}</h1>
          ${options.body}
        </main>
        ${options.scripts ?? ""}
      </body>
    </html>`.text;
}
