// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { CompanionError } from "../../shared/errors/companion-error";
import { ApduChannel } from "./apdu-channel";
import type { CardTransport } from "./card-transport";
import { readBerFile } from "./read-ber-file";
import { ApduScriptTransport } from "./testing/apdu-script-transport";

/** A DER SEQUENCE of `size` total bytes (header 30 82 LL LL) with a recognisable body. */
function derObject(size: number): Buffer {
  const body = Buffer.alloc(size - 4, 0x5a);
  return Buffer.concat([Buffer.from([0x30, 0x82, (size - 4) >> 8, (size - 4) & 0xff]), body]);
}

describe("readBerFile", () => {
  it("sizes the object from its header and reads the rest in 256-byte chunks, the last one exact", async () => {
    const object = derObject(700);
    const filler = Buffer.alloc(100, 0xff);
    const file = Buffer.concat([object, filler]);
    const transport = new ApduScriptTransport([
      ["00b0000000", file.subarray(0, 256).toString("hex") + "9000"],
      ["00b0010000", file.subarray(256, 512).toString("hex") + "9000"],
      ["00b00200bc", file.subarray(512, 700).toString("hex") + "9000"],
    ]);
    const read = await readBerFile(new ApduChannel(transport), { extendedLength: false });
    transport.assertDone();
    expect(read).toEqual(object);
  });

  it("reads a short EF in one APDU when the card returns less than asked", async () => {
    const object = derObject(40);
    const transport = new ApduScriptTransport([["00b0000000", object.toString("hex") + "9000"]]);
    expect(await readBerFile(new ApduChannel(transport), { extendedLength: false })).toEqual(object);
    transport.assertDone();
  });

  it("reads the whole EF with one extended READ BINARY when enabled", async () => {
    const object = derObject(1200);
    const transport = new ApduScriptTransport([["00b000000000 00", object.toString("hex") + "9000"]]);
    const channel = new ApduChannel(transport);
    expect(await readBerFile(channel, { extendedLength: true })).toEqual(object);
    expect(channel.apduCount).toBe(1);
  });

  it("falls back to short APDUs for the session when extended length is refused with 67 00", async () => {
    const object = derObject(300);
    const options = { extendedLength: true };
    const transport = new ApduScriptTransport([
      ["00b0000000 0000", "6700"],
      ["00b0000000", object.subarray(0, 256).toString("hex") + "9000"],
      ["00b001002c", object.subarray(256).toString("hex") + "9000"],
    ]);
    expect(await readBerFile(new ApduChannel(transport), options)).toEqual(object);
    transport.assertDone();
    expect(options.extendedLength).toBe(false);
  });

  it("falls back to short APDUs when the reader fails an extended APDU itself (CARD_ERROR from PC/SC)", async () => {
    const object = derObject(100);
    const options = { extendedLength: true };
    const script = new ApduScriptTransport([["00b0000000", object.toString("hex") + "9000"]]);
    const transport: CardTransport = {
      transmit: (apdu) =>
        apdu.length === 7 ? Promise.reject(new CompanionError("CARD_ERROR")) : script.transmit(apdu),
      disconnect: () => Promise.resolve(),
    };
    expect(await readBerFile(new ApduChannel(transport), options)).toEqual(object);
    script.assertDone();
    expect(options.extendedLength).toBe(false);
  });

  it("does not mistake a removed card for a reader without extended length", async () => {
    const transport: CardTransport = {
      transmit: () => Promise.reject(new CompanionError("CARD_REMOVED")),
      disconnect: () => Promise.resolve(),
    };
    await expect(readBerFile(new ApduChannel(transport), { extendedLength: true })).rejects.toThrow(/CARD_REMOVED/);
  });

  it("returns undefined for an empty EF (filler only)", async () => {
    const transport = new ApduScriptTransport([["00b0000000", "ffffffff9000"]]);
    expect(await readBerFile(new ApduChannel(transport), { extendedLength: false })).toBeUndefined();
  });
});
