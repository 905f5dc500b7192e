// SPDX-License-Identifier: MIT
/**
 * Single-use challenges for step ④ (user authentication, mode 01). A challenge is 32 random bytes, bound to one
 * application, and valid for 5 minutes from issue on the site's clock (the seed: "the effective time of the entry
 * of the security code … for user certification is five minutes").
 */
import { randomBytes } from "node:crypto";
import type { Clock } from "../clock";

export const CHALLENGE_VALIDITY_MS = 5 * 60 * 1000;

export interface Challenge {
  /** Hex id the page sends back with the signature. */
  readonly id: string;
  readonly applicationId: string;
  /** The bytes the card's authentication key signs (through their SHA-256 DigestInfo). */
  readonly bytes: Buffer;
  readonly issuedAt: Date;
}

export type ChallengeRedemption =
  { ok: true; challenge: Challenge } | { ok: false; reason: "unknown" | "used" | "expired" | "other-application" };

export class ChallengeStore {
  private readonly open = new Map<string, Challenge>();
  private readonly spent = new Set<string>();

  constructor(
    private readonly clock: Clock,
    private readonly validityMs = CHALLENGE_VALIDITY_MS,
  ) {}

  issue(applicationId: string): Challenge {
    const challenge: Challenge = {
      id: randomBytes(16).toString("hex"),
      applicationId,
      bytes: randomBytes(32),
      issuedAt: this.clock.now(),
    };
    this.open.set(challenge.id, challenge);
    return challenge;
  }

  /** Uses up a challenge: whatever the outcome, the same id is never accepted again. */
  redeem(id: string, applicationId: string): ChallengeRedemption {
    if (this.spent.has(id)) return { ok: false, reason: "used" };
    const challenge = this.open.get(id);
    if (!challenge) return { ok: false, reason: "unknown" };
    if (challenge.applicationId !== applicationId) return { ok: false, reason: "other-application" };
    this.open.delete(id);
    this.spent.add(id);
    const age = this.clock.now().getTime() - challenge.issuedAt.getTime();
    if (age > this.validityMs || age < 0) return { ok: false, reason: "expired" };
    return { ok: true, challenge };
  }

  /** Drops the open challenges of an application (it was discarded or completed). */
  forget(applicationId: string): void {
    for (const [id, challenge] of this.open) if (challenge.applicationId === applicationId) this.open.delete(id);
  }
}
