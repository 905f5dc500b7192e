// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { encodeVpcdFrame, VpcdFrameDecoder } from "./vpcd-frames";

describe("vpcd frames", () => {
  it("prefixes a big-endian 2-byte length", () => {
    expect(encodeVpcdFrame(new Uint8Array([0x90, 0x00])).toString("hex")).toBe("00029000");
    expect(encodeVpcdFrame(new Uint8Array(300)).subarray(0, 2).toString("hex")).toBe("012c");
    expect(() => encodeVpcdFrame(new Uint8Array(0x10000))).toThrow(RangeError);
  });

  it("reassembles frames split and merged across chunks", () => {
    const decoder = new VpcdFrameDecoder();
    const stream = Buffer.concat([encodeVpcdFrame(new Uint8Array([4])), encodeVpcdFrame(new Uint8Array(260).fill(7))]);
    const payloads = [
      stream.subarray(0, 1),
      stream.subarray(1, 4),
      stream.subarray(4, 100),
      stream.subarray(100),
    ].flatMap((chunk) => decoder.push(Buffer.from(chunk)));
    expect(payloads.map((payload) => payload.length)).toEqual([1, 260]);
    expect(payloads[0]?.[0]).toBe(4);
    expect(payloads[1]?.every((byte) => byte === 7)).toBe(true);
  });
});
