// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { CompanionError } from "../../shared/errors/companion-error";
import { SAMPLE_PROFILE_SET } from "../profiles/model/profiles-sample";
import { SAMPLE_DEREGISTERED, SAMPLE_REGISTRATION } from "./model/registrations-sample";
import { ProfileStore } from "../profiles/profile-store";
import { memoryArea } from "../vault/storage-area";
import { REGISTER_KEY } from "./register-storage";
import { RegisterStore, upsertRegistrations } from "./register-store";

/** Today in Japan for the captures below (after every sample's registration date). */
const TODAY = "2026-01-01";

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: unknown) => (error instanceof CompanionError ? error.code : String(error)),
  );

const recapture = {
  ...SAMPLE_REGISTRATION,
  ownerProfileId: null,
  uaProfileId: null,
  applicationId: undefined,
  model: "Mavic 3 Classic",
  capturedAt: "2023-01-01T00:00:00Z",
  updatedAt: "2023-01-01T00:00:00Z",
};

describe("upsertRegistrations", () => {
  it("updates a recaptured mark in place, keeping what the new page did not show", () => {
    const once = upsertRegistrations({ version: 1, registrations: [SAMPLE_REGISTRATION] }, [recapture]);
    expect(once.registrations).toHaveLength(1);
    expect(once.registrations[0]).toMatchObject({
      model: "Mavic 3 Classic",
      ownerProfileId: "owner-taro",
      uaProfileId: "ua-mavic",
      applicationId: SAMPLE_REGISTRATION.applicationId,
      capturedAt: SAMPLE_REGISTRATION.capturedAt,
      updatedAt: "2023-01-01T00:00:00Z",
    });
  });

  it("never replaces dates the page showed with computed ones, nor undoes a deregistration", () => {
    const computed = { ...SAMPLE_DEREGISTERED, expirySource: "computed" as const, deregistered: false };
    computed.registrationDate = "2024-03-01";
    const [entry] = upsertRegistrations({ version: 1, registrations: [SAMPLE_DEREGISTERED] }, [computed]).registrations;
    expect(entry).toMatchObject({ expirySource: "page", registrationDate: "2024-02-29", deregistered: true });
  });
});

describe("RegisterStore", () => {
  it("stores the register in the clear beside clear profiles, and sealed under the profiles' lock", async () => {
    const local = memoryArea();
    const session = memoryArea();
    const profiles = new ProfileStore(local, session);
    const store = new RegisterStore(local, session, profiles);
    await profiles.save(SAMPLE_PROFILE_SET);
    expect(await store.record([SAMPLE_REGISTRATION], TODAY)).toEqual({ outcome: "saved", kept: 1 });
    expect(local.snapshot()).toContain(SAMPLE_REGISTRATION.mark);

    await profiles.setPassphrase("correct horse battery staple");
    expect(local.snapshot()).not.toContain(SAMPLE_REGISTRATION.mark);
    expect(JSON.stringify((await local.get(REGISTER_KEY))[REGISTER_KEY])).toContain('"lock":true');
    expect((await store.load()).registrations).toEqual([SAMPLE_REGISTRATION]);

    await profiles.lock();
    expect(await codeOf(store.load())).toBe("PROFILE_LOCKED");
    expect(await store.record([SAMPLE_DEREGISTERED], TODAY)).toEqual({ outcome: "pending", kept: 1 });
    expect(local.snapshot()).not.toContain(SAMPLE_DEREGISTERED.mark);

    await profiles.unlock("correct horse battery staple");
    expect((await store.load()).registrations.map((r) => r.mark)).toEqual([
      SAMPLE_REGISTRATION.mark,
      SAMPLE_DEREGISTERED.mark,
    ]);
    await profiles.removePassphrase();
    expect(local.snapshot()).toContain(SAMPLE_DEREGISTERED.mark);
    expect((await new RegisterStore(local, memoryArea()).load()).registrations).toHaveLength(2);
  }, 60_000);

  it("refuses a register beyond 5,000 entries with REGISTER_FULL and writes nothing", async () => {
    const local = memoryArea();
    const store = new RegisterStore(local, memoryArea());
    const many = Array.from({ length: 5001 }, (_, i) => ({
      ...SAMPLE_REGISTRATION,
      mark: `JU${String(i).padStart(10, "0")}`,
    }));
    expect(await codeOf(store.save({ version: 1, registrations: many }))).toBe("REGISTER_FULL");
    expect((await local.get(REGISTER_KEY))[REGISTER_KEY]).toBeUndefined();
    await store.save({ version: 1, registrations: many.slice(0, 4999) });
    expect(await codeOf(store.record(many.slice(4999), TODAY))).toBe("REGISTER_FULL");
    expect((await store.load()).registrations).toHaveLength(4999);
  });
});
