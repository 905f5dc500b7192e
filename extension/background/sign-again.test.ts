// SPDX-License-Identifier: MIT
import { beforeEach, describe, expect, it, vi } from "vitest";

/** The browser's session storage, as a plain object the tests can read and empty. */
const session: Record<string, unknown> = {};
vi.mock("webextension-polyfill", () => ({
  default: {
    storage: {
      session: {
        get: (key: string) => Promise.resolve(key in session ? { [key]: structuredClone(session[key]) } : {}),
        set: (items: Record<string, unknown>) => Promise.resolve(void Object.assign(session, structuredClone(items))),
      },
    },
  },
}));

const { isSignAgain, recordSignature, SIGNED_AT_KEY } = await import("./sign-again");
const MINUTE = 60_000;

describe("step ③: a further signature from a tab that signed a moment ago", () => {
  beforeEach(() => {
    for (const key of Object.keys(session)) Reflect.deleteProperty(session, key);
  });

  it("is recognised from session storage, so a restarted background still knows it", async () => {
    const now = Date.UTC(2026, 11, 7, 3, 0);
    expect(await isSignAgain(7, now)).toBe(false);
    await recordSignature(7, now);
    // Nothing in the module's memory is needed: only what storage holds.
    expect(session[SIGNED_AT_KEY]).toEqual({ "7": now });
    expect(await isSignAgain(7, now + 14 * MINUTE)).toBe(true);
    expect(await isSignAgain(8, now + MINUTE)).toBe(false);
  });

  it("counts only within 15 minutes, and drops older entries when it writes", async () => {
    const now = Date.UTC(2026, 11, 7, 3, 0);
    await recordSignature(7, now);
    expect(await isSignAgain(7, now + 15 * MINUTE + 1)).toBe(false);
    await recordSignature(9, now + 16 * MINUTE);
    expect(session[SIGNED_AT_KEY]).toEqual({ "9": now + 16 * MINUTE });
  });

  it("reads a damaged record as no signature", async () => {
    session[SIGNED_AT_KEY] = { "7": "yesterday" };
    expect(await isSignAgain(7)).toBe(false);
    await recordSignature(7, 1_000);
    expect(session[SIGNED_AT_KEY]).toEqual({ "7": 1_000 });
  });
});
