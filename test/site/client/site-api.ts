// SPDX-License-Identifier: MIT
/** Calls from the page to the practice server's JSON API, each answer parsed with zod. */
import { z } from "zod";
import type { PageAuthReplySchema, PageSignReplySchema } from "../../../extension/protocol/page";

const StateSchema = z.object({
  state: z.enum(["awaiting-email", "sign", "resign", "authenticate", "completed", "discarded"]),
  replaced: z.array(z.enum(["name", "address", "birthDate"])),
});
export type ApplicationStatus = z.infer<typeof StateSchema>;

export const OutcomeSchema = z.discriminatedUnion("ok", [
  z.object({
    ok: z.literal(true),
    next: z.enum(["resign", "authenticate", "completed"]),
    replaced: z.array(z.enum(["name", "address", "birthDate"])),
    completeUrl: z.string(),
  }),
  z.object({ ok: z.literal(false), refusal: z.string(), message: z.string() }),
]);
export type Outcome = z.infer<typeof OutcomeSchema>;

async function call<T>(schema: z.ZodType<T>, method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
  return schema.parse(await response.json());
}

const base = (id: string) => `/api/applications/${encodeURIComponent(id)}`;

export const siteApi = {
  apply: () => call(z.object({ id: z.string() }), "POST", "/api/applications", {}),
  status: (id: string) => call(StateSchema, "GET", base(id)),
  cancel: (id: string) => call(z.object({ state: z.string() }), "POST", `${base(id)}/cancel`, {}),
  /** Sent as a beacon when the page goes away: the server discards the application. */
  abandonBeacon: (id: string) => navigator.sendBeacon(`${base(id)}/abandon`),
  signRequest: (id: string) =>
    call(z.object({ step: z.enum(["sign", "resign"]), digest: z.string() }), "POST", `${base(id)}/sign-request`, {}),
  submitSignature: (id: string, reply: z.infer<typeof PageSignReplySchema>) =>
    call(OutcomeSchema, "POST", `${base(id)}/signature`, reply),
  challenge: (id: string) =>
    call(z.object({ challengeId: z.string(), digest: z.string() }), "POST", `${base(id)}/challenge`, {}),
  submitAuthentication: (id: string, challengeId: string, reply: z.infer<typeof PageAuthReplySchema>) =>
    call(OutcomeSchema, "POST", `${base(id)}/authentication`, { challengeId, reply }),
};
