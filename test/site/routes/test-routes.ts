// SPDX-License-Identifier: MIT
/**
 * `/__test__/` endpoints, answered only in test / practice mode: the server's records (applications, every
 * signature check, certificate serials, mails) as JSON, and the adjustable clock.
 */
import { z } from "zod";
import { AdjustableClock } from "../clock";
import { HttpError, readJson, sendJson } from "../http/messages";
import type { Router } from "../http/router";
import type { SiteState } from "../site-state";

const ClockBodySchema = z.object({ advanceMs: z.number().int().min(-1e10).max(1e10) }).strict();

/** The records as plain JSON (also used in-process by tests). */
export function recordsSnapshot(state: SiteState): unknown {
  return {
    now: state.clock.now().toISOString(),
    applications: state.applications.all(),
    verifications: state.records.verifications,
    mails: state.outbox.list(),
  };
}

export function testRoutes(router: Router, state: SiteState): void {
  if (!state.testMode) return;
  router.on("GET", "/__test__/records", ({ res }) => sendJson(res, recordsSnapshot(state)));
  router.on("POST", "/__test__/clock", async ({ req, res }) => {
    const body = ClockBodySchema.safeParse(await readJson(req));
    if (!body.success) throw new HttpError(400, "advanceMs expected");
    if (!(state.clock instanceof AdjustableClock)) throw new HttpError(409, "the clock is not adjustable");
    state.clock.advance(body.data.advanceMs);
    sendJson(res, { now: state.clock.now().toISOString() });
  });
}
