// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { CardQueue } from "./card-queue";

describe("CardQueue", () => {
  it("runs operations one at a time in arrival order, even when one fails", async () => {
    const queue = new CardQueue();
    const events: string[] = [];
    let releaseFirst = (): void => undefined;
    const first = queue.run(
      () =>
        new Promise<string>((resolve) => {
          events.push("first started");
          releaseFirst = () => resolve("first");
        }),
    );
    const second = queue.run(() => {
      events.push("second started");
      return Promise.reject(new Error("second failed"));
    });
    const third = queue.run(() => {
      events.push("third started");
      return Promise.resolve("third");
    });
    await Promise.resolve();
    expect(events).toEqual(["first started"]);
    expect(queue.length).toBe(3);
    releaseFirst();
    await expect(first).resolves.toBe("first");
    await expect(second).rejects.toThrow("second failed");
    await expect(third).resolves.toBe("third");
    expect(events).toEqual(["first started", "second started", "third started"]);
    await Promise.resolve();
    expect(queue.length).toBe(0);
  });
});

describe("CardQueue bound", () => {
  it("takes the running request and three waiting, refuses the next with CARD_BUSY, and has room once one ends", async () => {
    const queue = new CardQueue();
    const releases: (() => void)[] = [];
    const started: number[] = [];
    const runs = [0, 1, 2, 3].map((n) =>
      queue.run(
        () =>
          new Promise<number>((resolve) => {
            started.push(n);
            releases.push(() => resolve(n));
          }),
      ),
    );
    expect(queue.full).toBe(true);
    expect(() => queue.run(() => Promise.resolve(4))).toThrow(expect.objectContaining({ code: "CARD_BUSY" }));
    await Promise.resolve();
    expect(started).toEqual([0]);
    releases[0]?.();
    await expect(runs[0]).resolves.toBe(0);
    await Promise.resolve();
    expect(queue.full).toBe(false);
    const fifth = queue.run(() => Promise.resolve(5));
    for (let n = 1; n <= 3; n++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      releases[n]?.();
    }
    await expect(Promise.all([...runs.slice(1), fifth])).resolves.toEqual([1, 2, 3, 5]);
    expect(started).toEqual([0, 1, 2, 3]);
  });
});
