// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { SAMPLE_PROFILE_SET } from "./model/profiles-sample";
import { CompanionError } from "../../shared/errors/companion-error";
import { PBKDF2_ITERATIONS } from "../vault/passphrase-lock";
import { PROFILES_KEY, ProfileStore } from "./profile-store";
import { memoryArea, type KeyValueArea } from "../vault/storage-area";

function countingArea(): KeyValueArea & { snapshot(): string; writes: Record<string, unknown>[] } {
  const area = memoryArea();
  const writes: Record<string, unknown>[] = [];
  return { ...area, set: (items) => (writes.push(items), area.set(items)), writes };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: unknown) => (error instanceof CompanionError ? error.code : String(error)),
  );

describe("ProfileStore", () => {
  it("saves the whole set in one write and loads it back", async () => {
    const local = countingArea();
    const store = new ProfileStore(local, memoryArea());
    expect(await store.load()).toEqual({ version: 1, owners: [], uas: [] });
    await store.save(SAMPLE_PROFILE_SET);
    expect(local.writes).toHaveLength(1);
    expect(Object.keys(local.writes[0] ?? {})).toEqual([PROFILES_KEY]);
    expect(await store.load()).toEqual(SAMPLE_PROFILE_SET);
  });

  it("refuses an invalid set without writing", async () => {
    const local = countingArea();
    const store = new ProfileStore(local, memoryArea());
    const bad = { ...SAMPLE_PROFILE_SET, uas: [{ ...SAMPLE_PROFILE_SET.uas[0]!, category: "9" as "1" }] };
    await expect(store.save(bad)).rejects.toThrow();
    expect(local.writes).toHaveLength(0);
  });

  it("locks: unreadable in storage, refused with a wrong passphrase, the same data after unlocking", async () => {
    const local = countingArea();
    const session = memoryArea();
    const store = new ProfileStore(local, session);
    await store.save(SAMPLE_PROFILE_SET);
    await store.setPassphrase("correct horse battery staple");
    await store.lock();

    const stored = local.snapshot();
    expect(stored).not.toContain("山田");
    expect(stored).not.toContain("1581F45TB2300ABC");
    expect(stored).toContain(`"iterations":${PBKDF2_ITERATIONS}`);
    expect(session.snapshot()).not.toContain("correct horse");
    expect(await store.lockState()).toBe("locked");
    expect(await codeOf(store.load())).toBe("PROFILE_LOCKED");

    expect(await codeOf(store.unlock("wrong passphrase"))).toBe("PASSPHRASE_WRONG");
    expect(await store.lockState()).toBe("locked");
    await store.unlock("correct horse battery staple");
    expect(await store.lockState()).toBe("unlocked");
    expect(await store.load()).toEqual(SAMPLE_PROFILE_SET);

    // A save while unlocked stays sealed and readable by a fresh store sharing the session.
    await store.save({ ...SAMPLE_PROFILE_SET, uas: [] });
    expect(local.snapshot()).not.toContain("山田");
    expect((await new ProfileStore(local, session).load()).uas).toEqual([]);

    await store.removePassphrase();
    expect(await store.lockState()).toBe("plain");
    expect(local.snapshot()).toContain("山田");
  });

  it("changes the stored set only in single one-key writes, so a crash leaves the old or the new value", async () => {
    const local = countingArea();
    const session = memoryArea();
    const store = new ProfileStore(local, session);
    await store.save(SAMPLE_PROFILE_SET);
    await store.setPassphrase("one write each");
    await store.save({ ...SAMPLE_PROFILE_SET, uas: [] });
    await store.removePassphrase();
    expect(local.writes.map((items) => Object.keys(items))).toEqual([
      [PROFILES_KEY],
      [PROFILES_KEY],
      [PROFILES_KEY],
      [PROFILES_KEY],
    ]);
    // What a restart finds after each write, with the session (and its key) gone: always a complete set.
    const fresh = memoryArea(Object.fromEntries([[PROFILES_KEY, local.writes[1]?.[PROFILES_KEY]]]));
    const restarted = new ProfileStore(fresh, memoryArea());
    expect(await restarted.lockState()).toBe("locked");
    await restarted.unlock("one write each");
    expect(await restarted.load()).toEqual(SAMPLE_PROFILE_SET);
  });

  it("never writes while locked", async () => {
    const local = countingArea();
    const store = new ProfileStore(local, memoryArea());
    await store.setPassphrase("passphrase one");
    await store.lock();
    const before = local.snapshot();
    expect(await codeOf(store.save(SAMPLE_PROFILE_SET))).toBe("PROFILE_LOCKED");
    expect(local.snapshot()).toBe(before);
  });
});
