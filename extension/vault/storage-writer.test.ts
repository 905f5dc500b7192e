// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it, vi } from "vitest";
import { exclusiveWrite, STORAGE_WRITE_LOCK } from "./storage-writer";

describe("exclusiveWrite", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("runs writes one after another, a failed one not stopping the next", async () => {
    const order: string[] = [];
    const slow = exclusiveWrite(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push("slow");
      throw new Error("slow failed");
    });
    const quick = exclusiveWrite(() => {
      order.push("quick");
      return Promise.resolve("done");
    });
    await expect(slow).rejects.toThrow("slow failed");
    expect(await quick).toBe("done");
    expect(order).toEqual(["slow", "quick"]);
  });

  it("holds the browser's exclusive Web Lock of the extension where there is one", async () => {
    const requests: { name: string; mode: unknown }[] = [];
    vi.stubGlobal("navigator", {
      locks: {
        request: (name: string, options: { mode: unknown }, work: () => Promise<unknown>) => {
          requests.push({ name, mode: options.mode });
          return work();
        },
      },
    });
    expect(await exclusiveWrite(() => Promise.resolve(42))).toBe(42);
    expect(requests).toEqual([{ name: STORAGE_WRITE_LOCK, mode: "exclusive" }]);
  });
});
