// SPDX-License-Identifier: MIT
/**
 * The JSON API the confirmation page's script calls while it runs the identity flow. Every body is parsed with
 * zod; an application is only visible to the browser session that made it.
 */
import { z } from "zod";
import { PageAuthReplySchema, PageSignReplySchema } from "../../../extension/protocol/page";
import type { Application } from "../flow/application";
import type { StepOutcome } from "../flow/identity-verification";
import { MAIL_TEXTS } from "../i18n/mail-texts";
import { REFUSAL_MESSAGES } from "../i18n/refusal-messages";
import { HttpError, readBody, readJson, sendJson } from "../http/messages";
import type { RequestContext, Router } from "../http/router";
import { session } from "../http/session";
import type { SiteState } from "../site-state";
import { draftData } from "./wizard-routes";

const AuthenticationBodySchema = z
  .object({ challengeId: z.string().regex(/^[0-9a-f]{32}$/), reply: PageAuthReplySchema })
  .strict();

function parse<T>(schema: z.core.$ZodType<T>, value: unknown): T {
  const result = z.safeParse(schema, value);
  if (!result.success) throw new HttpError(400, `invalid body: ${result.error.issues[0]?.message ?? ""}`);
  return result.data;
}

function outcomeJson(application: Application, outcome: StepOutcome): unknown {
  if (outcome.ok)
    return { ok: true, next: outcome.next, replaced: outcome.replaced, completeUrl: `/complete/${application.id}` };
  return { ok: false, refusal: outcome.refusal, message: REFUSAL_MESSAGES[application.lang][outcome.refusal] };
}

export function applicationApi(router: Router, state: SiteState): void {
  const own = (context: RequestContext): Application => {
    const { id } = session(context.req, context.res, context.url);
    const application = state.applications.get(context.params[0] ?? "");
    if (application?.sessionId !== id || !application) throw new HttpError(404, "no such application");
    return application;
  };
  const base = "/api/applications/([A-Z0-9]+)";

  router.on("POST", "/api/applications", ({ req, res, url }) => {
    const { id, lang } = session(req, res, url);
    const data = draftData(state.sessions.draft(id, lang));
    if (typeof data === "string") throw new HttpError(409, "the wizard is not complete");
    const application = state.applications.create(id, lang, data);
    const link = `/mail/confirm/${application.emailToken ?? ""}`;
    const texts = MAIL_TEXTS[lang];
    state.outbox.send({
      kind: "email-confirmation",
      applicationId: application.id,
      to: data.owner.email,
      subject: texts.confirmSubject,
      body: texts.confirmBody(`http://${req.headers.host ?? "127.0.0.1"}${link}`),
      link,
    });
    sendJson(res, { id: application.id }, 201);
  });

  router.on("GET", new RegExp(`^${base}$`), (context) => {
    const application = own(context);
    if (state.applications.isOpen(application)) state.applications.touch(application);
    sendJson(context.res, { state: application.state, replaced: application.replacedFacts });
  });

  router.on("POST", new RegExp(`^${base}/(abandon|cancel)$`), async (context) => {
    await readBody(context.req);
    const application = own(context);
    state.applications.discard(application, context.params[1] === "cancel" ? "cancelled" : "page-closed");
    state.challenges.forget(application.id);
    sendJson(context.res, { state: application.state });
  });

  router.on("POST", new RegExp(`^${base}/sign-request$`), (context) => {
    const application = own(context);
    if (application.state !== "sign" && application.state !== "resign") throw new HttpError(409, application.state);
    sendJson(context.res, { step: application.state, digest: state.identity.signDigest(application) });
  });

  router.on("POST", new RegExp(`^${base}/signature$`), async (context) => {
    const reply = parse(PageSignReplySchema, await readJson(context.req));
    const application = own(context);
    sendJson(context.res, outcomeJson(application, state.identity.submitSignature(application, reply)));
  });

  router.on("POST", new RegExp(`^${base}/challenge$`), (context) => {
    const application = own(context);
    const challenge = state.identity.issueChallenge(application);
    if (!challenge) throw new HttpError(409, application.state);
    sendJson(context.res, challenge);
  });

  router.on("POST", new RegExp(`^${base}/authentication$`), async (context) => {
    const body = parse(AuthenticationBodySchema, await readJson(context.req));
    const application = own(context);
    const outcome = state.identity.submitAuthentication(application, body.challengeId, body.reply);
    sendJson(context.res, outcomeJson(application, outcome));
  });
}
