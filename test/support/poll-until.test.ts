// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { pollUntil } from "./poll-until";

describe("pollUntil", () => {
  it("returns the first value that satisfies the check", async () => {
    let reads = 0;
    const value = await pollUntil(
      () => ++reads,
      (count) => count === 3,
      { intervalMs: 1 },
    );
    expect(value).toBe(3);
    expect(reads).toBe(3);
  });

  it("throws with the last value once the time is up", async () => {
    await expect(
      pollUntil(
        () => "waiting",
        () => false,
        { timeoutMs: 20, intervalMs: 5 },
      ),
    ).rejects.toThrow('still "waiting" after 20 ms');
    await expect(
      pollUntil(
        () => 7,
        () => false,
        { timeoutMs: 5, intervalMs: 1, failure: (last) => `gave up at ${last}` },
      ),
    ).rejects.toThrow("gave up at 7");
  });
});
