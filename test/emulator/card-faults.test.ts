// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { CardFaults } from "./card-faults";

describe("card faults", () => {
  it("answers normally when nothing is armed", () => {
    expect(new CardFaults().actionFor(0xa4)).toEqual({ kind: "answer" });
  });

  it("fires a drop and a hang once, on the first matching INS", () => {
    const faults = new CardFaults();
    faults.armDrop({ ins: 0x2a, reinsertAfterMs: 50 });
    expect(faults.actionFor(0xa4).kind).toBe("answer");
    expect(faults.actionFor(0x2a)).toEqual({ kind: "drop", reinsertAfterMs: 50 });
    expect(faults.actionFor(0x2a).kind).toBe("answer");
    faults.armHang();
    expect(faults.actionFor(0xb0).kind).toBe("hang");
    expect(faults.actionFor(0xb0).kind).toBe("answer");
  });

  it("forces a status word once or until cleared", () => {
    const faults = new CardFaults();
    faults.forceStatusWord(0x6f00, { ins: 0x20, once: true });
    expect(faults.actionFor(0x20)).toEqual({ kind: "status-word", sw: 0x6f00 });
    expect(faults.actionFor(0x20).kind).toBe("answer");
    faults.forceStatusWord(0x6581);
    expect(faults.actionFor(0xa4).kind).toBe("status-word");
    expect(faults.actionFor(0xb0).kind).toBe("status-word");
    faults.clear();
    expect(faults.actionFor(0xb0).kind).toBe("answer");
    expect(() => faults.forceStatusWord(0x10000)).toThrow(RangeError);
  });
});
