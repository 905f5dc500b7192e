// SPDX-License-Identifier: MIT
/** Pages outside the wizard: completion, status, the outbox and the one-time confirmation URL. */
import { HttpError, sendHtml } from "../http/messages";
import type { Router } from "../http/router";
import { session } from "../http/session";
import { completionPage } from "../pages/completion-page";
import { mailConfirmedPage } from "../pages/mail-confirmed-page";
import { outboxPage } from "../pages/outbox-page";
import { statusPage } from "../pages/status-page";
import type { SiteState } from "../site-state";

export function pageRoutes(router: Router, state: SiteState): void {
  router.on("GET", /^\/complete\/([A-Z0-9]+)$/, ({ req, res, url, params }) => {
    const { id, lang } = session(req, res, url);
    const application = state.applications.get(params[0] ?? "");
    if (application?.sessionId !== id || application.state !== "completed") {
      throw new HttpError(404, "no completed application");
    }
    sendHtml(res, completionPage(lang, application));
  });

  router.on("GET", "/status", ({ req, res, url }) => {
    const { id, lang } = session(req, res, url);
    sendHtml(res, statusPage(lang, state.applications.forSession(id).reverse()));
  });

  router.on("GET", "/outbox", ({ req, res, url }) => {
    sendHtml(res, outboxPage(session(req, res, url).lang, state.outbox.list()));
  });

  router.on("GET", /^\/mail\/confirm\/([A-Za-z0-9_-]+)$/, ({ req, res, url, params }) => {
    const { lang } = session(req, res, url);
    const application = state.applications.byEmailToken(params[0] ?? "");
    const confirmed = application?.state === "awaiting-email";
    if (application && confirmed) {
      application.emailToken = null;
      application.state = "sign";
    }
    sendHtml(res, mailConfirmedPage(lang, confirmed, url.pathname), confirmed ? 200 : 410);
  });
}
