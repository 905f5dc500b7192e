// SPDX-License-Identifier: MIT
/** The practice site's mail: nothing leaves the machine; mails land in a local outbox page (`/outbox`). */
import { randomBytes } from "node:crypto";
import type { Clock } from "../clock";

export type MailKind = "email-confirmation" | "fee" | "registered";

export interface Mail {
  readonly id: string;
  readonly kind: MailKind;
  readonly applicationId: string;
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  /** The one-time confirmation URL (path) of an e-mail confirmation mail; the payment page (path) of a fee mail. */
  readonly link?: string;
  readonly sentAt: Date;
}

export class Outbox {
  private readonly mails: Mail[] = [];

  constructor(private readonly clock: Clock) {}

  send(mail: Omit<Mail, "id" | "sentAt">): Mail {
    const sent = { ...mail, id: randomBytes(8).toString("hex"), sentAt: this.clock.now() };
    this.mails.unshift(sent);
    return sent;
  }

  /** Newest first. */
  list(): readonly Mail[] {
    return this.mails;
  }
}
