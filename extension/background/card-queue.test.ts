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
