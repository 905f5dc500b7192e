// SPDX-License-Identifier: MIT
/**
 * Wizard drafts per browser session (cookie): the raw form values, so a page can be shown again with what was
 * typed, and validated into application data only when the step is left.
 */
import { randomBytes } from "node:crypto";
import type { Language } from "../i18n/language";

export type RawFields = Record<string, string>;

export interface Draft {
  lang: Language;
  owner: RawFields;
  uas: RawFields[];
  user: RawFields;
}

export class WizardSessions {
  private readonly drafts = new Map<string, Draft>();

  /** The session's draft, created on first use. */
  draft(sessionId: string, lang: Language): Draft {
    let draft = this.drafts.get(sessionId);
    if (!draft) {
      draft = { lang, owner: {}, uas: [{}], user: {} };
      this.drafts.set(sessionId, draft);
    }
    return draft;
  }

  reset(sessionId: string): void {
    this.drafts.delete(sessionId);
  }

  static newSessionId(): string {
    return randomBytes(18).toString("base64url");
  }
}
