// SPDX-License-Identifier: MIT
/** The browser session (a cookie) and its language: Japanese like DIPS-REG unless `?lang=en` chose English. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { WizardSessions } from "../flow/wizard-sessions";
import { parseLanguage, type Language } from "../i18n/language";
import { cookies } from "./messages";

const SESSION_COOKIE = "practice_session";
const LANGUAGE_COOKIE = "practice_lang";

export interface Session {
  readonly id: string;
  readonly lang: Language;
}

/** The session of a request; sets the cookies when missing or when `?lang=` asks for a language. */
export function session(req: IncomingMessage, res: ServerResponse, url: URL): Session {
  const jar = cookies(req);
  const setCookies: string[] = [];
  let id = jar[SESSION_COOKIE];
  if (!id) {
    id = WizardSessions.newSessionId();
    setCookies.push(`${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax`);
  }
  const asked = parseLanguage(url.searchParams.get("lang"));
  const lang = asked ?? parseLanguage(jar[LANGUAGE_COOKIE]) ?? "ja";
  if (asked) setCookies.push(`${LANGUAGE_COOKIE}=${asked}; Path=/; SameSite=Lax`);
  if (setCookies.length) res.setHeader("set-cookie", setCookies);
  return { id, lang };
}
