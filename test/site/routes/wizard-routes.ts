// SPDX-License-Identifier: MIT
/** STEP 01 – 05 pages: each GET shows the draft, each POST stores it and moves on when it validates. */
import type { RawFields } from "../flow/wizard-sessions";
import { readForm, redirect, sendHtml } from "../http/messages";
import type { Router } from "../http/router";
import { session } from "../http/session";
import type { ApplicationData } from "../model/application-data";
import { ownerFromRaw, uaFromRaw, userFromRaw } from "../model/form-data";
import { confirmationPage } from "../pages/confirmation-page";
import { ownerForm } from "../pages/owner-form";
import { startPage } from "../pages/start-page";
import { uaForm } from "../pages/ua-form";
import { userForm } from "../pages/user-form";
import type { SiteState } from "../site-state";

/** Fields named `<prefix><key>` → { key: value }. */
function fieldsWithPrefix(form: Record<string, string>, prefix: string): RawFields {
  return Object.fromEntries(
    Object.entries(form)
      .filter(([name]) => name.startsWith(prefix))
      .map(([name, value]) => [name.slice(prefix.length), value]),
  );
}

/** The UA blocks posted (`ua.<n>.<key>`), in block order. */
function uasFromForm(form: Record<string, string>): RawFields[] {
  const count = Math.max(0, ...Object.keys(form).map((name) => Number(/^ua\.(\d+)\./.exec(name)?.[1] ?? 0)));
  return Array.from({ length: count }, (_, i) => fieldsWithPrefix(form, `ua.${i + 1}.`));
}

/** The draft as application data, or the path of the first step that does not validate. */
export function draftData(draft: { owner: RawFields; uas: RawFields[]; user: RawFields }): ApplicationData | string {
  const owner = ownerFromRaw(draft.owner);
  if (!owner.ok) return "/owner";
  const uas = draft.uas.map(uaFromRaw);
  const parsedUas = uas.flatMap((ua) => (ua.ok ? [ua.value] : []));
  if (parsedUas.length !== uas.length || parsedUas.length === 0) return "/uas";
  const user = userFromRaw(draft.user);
  if (!user.ok) return "/user";
  return { owner: owner.value, uas: parsedUas, user: user.value };
}

export function wizardRoutes(router: Router, state: SiteState): void {
  router.on("GET", "/", ({ req, res, url }) => sendHtml(res, startPage(session(req, res, url).lang)));
  router.on("POST", "/start", ({ req, res, url }) => {
    const { id, lang } = session(req, res, url);
    state.sessions.reset(id);
    state.sessions.draft(id, lang);
    redirect(res, "/owner");
  });

  router.on("GET", "/owner", ({ req, res, url }) => {
    const { id, lang } = session(req, res, url);
    sendHtml(res, ownerForm(lang, state.sessions.draft(id, lang).owner));
  });
  router.on("POST", "/owner", async ({ req, res, url }) => {
    const { id, lang } = session(req, res, url);
    const draft = state.sessions.draft(id, lang);
    draft.owner = fieldsWithPrefix(await readForm(req), "owner.");
    const owner = ownerFromRaw(draft.owner);
    if (owner.ok) redirect(res, "/uas");
    else sendHtml(res, ownerForm(lang, draft.owner, owner.invalid), 422);
  });

  router.on("GET", "/uas", ({ req, res, url }) => {
    const { id, lang } = session(req, res, url);
    sendHtml(res, uaForm(lang, state.sessions.draft(id, lang).uas));
  });
  router.on("POST", "/uas", async ({ req, res, url }) => {
    const { id, lang } = session(req, res, url);
    const draft = state.sessions.draft(id, lang);
    const form = await readForm(req);
    draft.uas = uasFromForm(form);
    const action = form.action ?? "next";
    if (action === "add") draft.uas.push({});
    const removed = /^remove-(\d+)$/.exec(action);
    if (removed) draft.uas.splice(Number(removed[1]) - 1, 1);
    if (draft.uas.length === 0) draft.uas.push({});
    if (action !== "next") return redirect(res, "/uas");
    const invalid = draft.uas.flatMap((ua, i) => (uaFromRaw(ua).ok ? [] : [i + 1]));
    if (invalid.length === 0) redirect(res, "/user");
    else sendHtml(res, uaForm(lang, draft.uas, invalid), 422);
  });

  router.on("GET", "/user", ({ req, res, url }) => {
    const { id, lang } = session(req, res, url);
    sendHtml(res, userForm(lang, state.sessions.draft(id, lang).user));
  });
  router.on("POST", "/user", async ({ req, res, url }) => {
    const { id, lang } = session(req, res, url);
    const draft = state.sessions.draft(id, lang);
    draft.user = fieldsWithPrefix(await readForm(req), "user.");
    const user = userFromRaw(draft.user);
    if (user.ok) redirect(res, "/confirm");
    else sendHtml(res, userForm(lang, draft.user, user.invalid), 422);
  });

  router.on("GET", "/confirm", ({ req, res, url }) => {
    const { id, lang } = session(req, res, url);
    const data = draftData(state.sessions.draft(id, lang));
    if (typeof data === "string") redirect(res, data);
    else sendHtml(res, confirmationPage(lang, data));
  });
}
