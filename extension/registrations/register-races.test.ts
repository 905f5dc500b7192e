// SPDX-License-Identifier: MIT
/**
 * The two races of read-change-write stores, replayed against the one writer (vault/storage-writer.ts): each
 * capture is slow to write, and something else starts meanwhile.
 */
import { describe, expect, it } from "vitest";
import { SAMPLE_PROFILE_SET } from "../profiles/model/profiles-sample";
import { SAMPLE_DEREGISTERED, SAMPLE_REGISTRATION } from "./model/registrations-sample";
import { PROFILES_KEY, ProfileStore } from "../profiles/profile-store";
import { memoryArea, type KeyValueArea } from "../vault/storage-area";
import { REGISTER_KEY } from "./register-storage";
import { RegisterStore } from "./register-store";

/**
 * `area`, except that a write of the register waits until `release` resolves: the slow write that lets a second
 * writer in between a capture's read and its write.
 */
function slowRegisterWrites(area: KeyValueArea, release: () => Promise<unknown>): KeyValueArea {
  return {
    get: (key) => area.get(key),
    remove: (key) => area.remove(key),
    set: async (items) => {
      if (REGISTER_KEY in items) await release();
      await area.set(items);
    },
  };
}

const TODAY = "2026-01-01";

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the one writer of the profiles and the register", () => {
  it("keeps both of two captures recorded at the same time", async () => {
    const local = memoryArea();
    const slow = slowRegisterWrites(local, () => delay(30));
    const store = new RegisterStore(slow, memoryArea());
    const other = new RegisterStore(slow, memoryArea());
    await Promise.all([store.record([SAMPLE_REGISTRATION], TODAY), other.record([SAMPLE_DEREGISTERED], TODAY)]);
    const marks = (await new RegisterStore(local, memoryArea()).load()).registrations.map((entry) => entry.mark);
    expect(marks.sort()).toEqual([SAMPLE_REGISTRATION.mark, SAMPLE_DEREGISTERED.mark].sort());
  });

  it("leaves the register sealed when a slow capture write races setPassphrase()", async () => {
    const local = memoryArea();
    const session = memoryArea();
    const profiles = new ProfileStore(local, session);
    await profiles.save(SAMPLE_PROFILE_SET);
    // The capture's write is held until the profiles are stored sealed, which is when a capture that read the
    // lock state too early would write the register in the clear after it; a store that waits for the capture
    // before sealing never gets there, so the hold also ends after 3 s (well beyond the key derivation's time, so
    // that a store without the one writer has sealed by then).
    const profilesSealed = async () => {
      const deadline = Date.now() + 3000;
      while (Date.now() < deadline) {
        const stored = (await local.get(PROFILES_KEY))[PROFILES_KEY] as { lock?: boolean } | undefined;
        if (stored?.lock === true) return;
        await delay(5);
      }
    };
    let firstWrite = true;
    const capture = new RegisterStore(
      slowRegisterWrites(local, () => (firstWrite ? ((firstWrite = false), profilesSealed()) : Promise.resolve())),
      session,
    );
    const recorded = capture.record([SAMPLE_REGISTRATION], TODAY);
    await delay(1);
    await Promise.all([recorded, profiles.setPassphrase("correct horse battery")]);
    const stored = (await local.get(REGISTER_KEY))[REGISTER_KEY] as { lock: boolean };
    expect(stored.lock).toBe(true);
    expect((await new RegisterStore(local, session).load()).registrations.map((entry) => entry.mark)).toEqual([
      SAMPLE_REGISTRATION.mark,
    ]);
  });
});
