// SPDX-License-Identifier: MIT
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromHex, parseCommandApdu } from "./command-apdu";

describe("command APDU parsing", () => {
  it("parses the four short cases", () => {
    expect(parseCommandApdu(fromHex("00200080"))).toMatchObject({ ins: 0x20, data: new Uint8Array(0), le: undefined });
    expect(parseCommandApdu(fromHex("00B0000000"))).toMatchObject({ le: 256, extended: false });
    expect(parseCommandApdu(fromHex("0020008004 31323334"))).toMatchObject({
      data: fromHex("31323334"),
      le: undefined,
    });
    expect(parseCommandApdu(fromHex("802A008002 AABB 00"))).toMatchObject({ data: fromHex("AABB"), le: 256 });
  });

  it("parses extended Le and Lc", () => {
    expect(parseCommandApdu(fromHex("00B00000000000"))).toMatchObject({ le: 65536, extended: true });
    expect(parseCommandApdu(fromHex("00B00000000123"))).toMatchObject({ le: 0x123, extended: true });
    expect(parseCommandApdu(fromHex("802A0080000002AABB0000"))).toMatchObject({
      data: fromHex("AABB"),
      le: 65536,
      extended: true,
    });
  });

  it("rejects inconsistent lengths", () => {
    expect(parseCommandApdu(fromHex("00A4"))).toBeUndefined();
    expect(parseCommandApdu(fromHex("0020008005313233"))).toBeUndefined();
    expect(parseCommandApdu(fromHex("00B000000000"))).toBeUndefined();
  });

  it("round-trips any short case-3/4 APDU", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 255 }),
        fc.option(fc.integer({ min: 1, max: 256 })),
        (data, le) => {
          const bytes = [0x00, 0xda, 0x01, 0x02, data.length, ...data, ...(le === null ? [] : [le & 0xff])];
          const apdu = parseCommandApdu(new Uint8Array(bytes));
          expect(apdu?.data).toEqual(data);
          expect(apdu?.le).toBe(le ?? undefined);
        },
      ),
    );
  });
});
