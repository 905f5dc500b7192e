// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { AdjustableClock } from "../clock";
import { CHALLENGE_VALIDITY_MS, ChallengeStore } from "./challenge-store";

describe("step ④ challenges", () => {
  it("are 32 random bytes and can be redeemed once", () => {
    const store = new ChallengeStore(new AdjustableClock());
    const first = store.issue("A1");
    const second = store.issue("A1");
    expect(first.bytes).toHaveLength(32);
    expect(first.bytes.equals(second.bytes)).toBe(false);
    expect(store.redeem(first.id, "A1")).toEqual({ ok: true, challenge: first });
    expect(store.redeem(first.id, "A1")).toEqual({ ok: false, reason: "used" });
  });

  it("are valid for exactly 5 minutes on the site's clock", () => {
    const clock = new AdjustableClock();
    const store = new ChallengeStore(clock);
    const inTime = store.issue("A1");
    const late = store.issue("A1");
    clock.advance(CHALLENGE_VALIDITY_MS - 1000);
    expect(store.redeem(inTime.id, "A1").ok).toBe(true);
    clock.advance(2000);
    expect(store.redeem(late.id, "A1")).toEqual({ ok: false, reason: "expired" });
    expect(store.redeem(late.id, "A1")).toEqual({ ok: false, reason: "used" });
  });

  it("belong to one application and are forgotten with it", () => {
    const store = new ChallengeStore(new AdjustableClock());
    const challenge = store.issue("A1");
    expect(store.redeem(challenge.id, "A2")).toEqual({ ok: false, reason: "other-application" });
    store.forget("A1");
    expect(store.redeem(challenge.id, "A1")).toEqual({ ok: false, reason: "unknown" });
    expect(store.redeem("00", "A1")).toEqual({ ok: false, reason: "unknown" });
  });
});
