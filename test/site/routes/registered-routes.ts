// SPDX-License-Identifier: MIT
/** After completion: the practice fee payment (linked from the fee mail), the registered UAs and renewal. */
import { dateInJapan } from "../../../extension/registrations/model/registration-expiry";
import { HttpError, redirect, sendHtml } from "../http/messages";
import type { Router } from "../http/router";
import { session } from "../http/session";
import { paidPage, paymentInvalidPage, paymentPage } from "../pages/payment-page";
import { registeredUas, registeredUasPage } from "../pages/registered-uas-page";
import { renewalPage } from "../pages/renewal-page";
import type { SiteState } from "../site-state";

const TOKEN = /^\/payment\/([A-Za-z0-9_-]+)$/;

export function registeredRoutes(router: Router, state: SiteState): void {
  router.on("GET", TOKEN, ({ req, res, url, params }) => {
    const { lang } = session(req, res, url);
    const application = state.applications.byPaymentToken(params[0] ?? "");
    if (application === undefined) sendHtml(res, paymentInvalidPage(lang, url.pathname), 410);
    else sendHtml(res, paymentPage(lang, application, params[0] ?? ""));
  });

  router.on("POST", TOKEN, ({ req, res, url, params }) => {
    session(req, res, url);
    const application = state.applications.byPaymentToken(params[0] ?? "");
    if (application === undefined) throw new HttpError(410, "no payment pending for this link");
    state.payFee(application);
    redirect(res, "/payment-done");
  });

  router.on("GET", "/payment-done", ({ req, res, url }) => {
    sendHtml(res, paidPage(session(req, res, url).lang, url.pathname));
  });

  router.on("GET", "/registered-uas", ({ req, res, url }) => {
    const { id, lang } = session(req, res, url);
    sendHtml(res, registeredUasPage(lang, state.applications.forSession(id)));
  });

  router.on("GET", /^\/renew\/(JU[0-9A-Z]{10})$/, ({ req, res, url, params }) => {
    const { id, lang } = session(req, res, url);
    const found = registeredUas(state.applications.forSession(id)).find((entry) => entry.mark === params[0]);
    if (found === undefined) throw new HttpError(404, "no such registered UA");
    const { mark, expiry, ua } = found;
    sendHtml(res, renewalPage(lang, { mark, expiry, ...ua }, dateInJapan(state.clock.now())));
  });
}
