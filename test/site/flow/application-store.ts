// SPDX-License-Identifier: MIT
/**
 * The applications in memory, with discarding: a page that is closed sends a beacon (immediate discard), and an
 * application whose page has not been heard from for `abandonAfterMs` of real time is discarded by a sweep (the
 * seed: "If you close this screen, the data you have entered will be discarded"). Liveness uses real time, not the
 * site's adjustable clock, so moving that clock for certificate or challenge tests never discards anything.
 */
import { randomBytes } from "node:crypto";
import type { Clock } from "../clock";
import type { Language } from "../i18n/language";
import type { ApplicationData } from "../model/application-data";
import type { Application } from "./application";

const OPEN_STATES = new Set(["awaiting-email", "sign", "resign", "authenticate"]);

export class ApplicationStore {
  private readonly applications = new Map<string, Application>();

  constructor(
    private readonly clock: Clock,
    readonly abandonAfterMs: number,
  ) {}

  create(sessionId: string, lang: Language, data: ApplicationData): Application {
    const application: Application = {
      id: `A${randomBytes(8).toString("hex").toUpperCase()}`,
      sessionId,
      lang,
      createdAt: this.clock.now(),
      entered: data,
      data,
      state: "awaiting-email",
      emailToken: randomBytes(24).toString("base64url"),
      lastSeenMs: Date.now(),
      replacedFacts: [],
      signer: null,
      registrationNumbers: [],
      feeYen: null,
      completedAt: null,
      paymentToken: null,
      paidAt: null,
      discardReason: null,
    };
    this.applications.set(application.id, application);
    return application;
  }

  get(id: string): Application | undefined {
    return this.applications.get(id);
  }

  all(): Application[] {
    return [...this.applications.values()];
  }

  forSession(sessionId: string): Application[] {
    return this.all().filter((application) => application.sessionId === sessionId);
  }

  byEmailToken(token: string): Application | undefined {
    return this.all().find((application) => application.emailToken !== null && application.emailToken === token);
  }

  byPaymentToken(token: string): Application | undefined {
    return this.all().find((application) => application.paymentToken !== null && application.paymentToken === token);
  }

  isOpen(application: Application): boolean {
    return OPEN_STATES.has(application.state);
  }

  touch(application: Application): void {
    application.lastSeenMs = Date.now();
  }

  discard(application: Application, reason: NonNullable<Application["discardReason"]>): void {
    if (!this.isOpen(application)) return;
    application.state = "discarded";
    application.discardReason = reason;
    application.emailToken = null;
  }

  /** Discards open applications not heard from in time; returns them. */
  sweep(nowMs = Date.now()): Application[] {
    const stale = this.all().filter((a) => this.isOpen(a) && nowMs - a.lastSeenMs > this.abandonAfterMs);
    for (const application of stale) this.discard(application, "abandoned");
    return stale;
  }
}
