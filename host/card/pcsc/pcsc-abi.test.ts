// SPDX-License-Identifier: MIT
import koffi, { type LibraryHandle } from "koffi";
import { describe, expect, it } from "vitest";
import { pcscAbi, type PcscOs } from "./pcsc-abi";
import { declare } from "./pcsc-binding";
import { PNP_NOTIFICATION, returnCode, SCARD } from "./pcsc-constants";

const abi = (os: PcscOs) => {
  const found = pcscAbi(os);
  if (found === undefined) throw new Error(`no ABI for ${os}`);
  return found;
};

/** Records what `declare` asks a library for, without loading one (the other OSes' libraries are not here). */
function fakeLibrary(): { names: string[]; func: LibraryHandle["func"] } {
  const names: string[] = [];
  const func = ((name: string) => {
    names.push(name);
    return Object.assign(() => 0, { async: () => undefined });
  }) as unknown as LibraryHandle["func"];
  return { names, func };
}

describe("PC/SC declarations per OS (64-bit)", () => {
  it("Linux: pcsc-lite with C long for LONG/DWORD/handles, 80-byte readerstate, 16-byte io request", () => {
    const linux = abi("linux");
    expect(linux.library).toBe("libpcsclite.so.1");
    expect([linux.long, linux.dword, linux.handle]).toEqual(["long", "unsigned long", "long"]);
    // 8 (szReader) + 8 (pvUserData) + 3 × 8 (DWORDs) + 33 (MAX_ATR_SIZE) = 73, aligned to 8.
    expect(koffi.sizeof(linux.readerState)).toBe(80);
    expect(koffi.sizeof(linux.ioRequest)).toBe(16);
  });

  it("Windows: winscard.dll, 32-bit LONG/DWORD, pointer-sized handles, 36-byte rgbAtr, 8-byte io request", () => {
    const windows = abi("win32");
    expect(windows.library).toBe("winscard.dll");
    expect([windows.long, windows.dword, windows.handle]).toEqual(["int32", "uint32", "uintptr_t"]);
    expect(koffi.sizeof(windows.handle)).toBe(8);
    // 8 + 8 + 3 × 4 + 36 = 64.
    expect(koffi.sizeof(windows.readerState)).toBe(64);
    expect(koffi.sizeof(windows.ioRequest)).toBe(8);
  });

  it("macOS: PCSC.framework, uint32/int32, structs under pack(1)", () => {
    const mac = abi("darwin");
    expect(mac.library).toBe("/System/Library/Frameworks/PCSC.framework/PCSC");
    expect([mac.long, mac.dword, mac.handle]).toEqual(["int32", "uint32", "int32"]);
    // 8 + 8 + 3 × 4 + 33, no padding.
    expect(koffi.sizeof(mac.readerState)).toBe(61);
    expect(koffi.sizeof(mac.ioRequest)).toBe(8);
  });

  it("has none for other OSes", () => {
    expect(pcscAbi("freebsd")).toBeUndefined();
  });

  it.each([
    ["linux", ""],
    ["darwin", ""],
    ["win32", "A"],
  ] as const)("%s exports the string functions with suffix %j", (os, suffix) => {
    const lib = fakeLibrary();
    declare(abi(os), lib);
    expect(lib.names.sort()).toEqual(
      [
        "SCardCancel",
        `SCardConnect${suffix}`,
        "SCardDisconnect",
        "SCardEstablishContext",
        `SCardGetStatusChange${suffix}`,
        `SCardListReaders${suffix}`,
        "SCardReleaseContext",
        "SCardTransmit",
      ].sort(),
    );
  });
});

describe("SCARD constants", () => {
  it("hold pcsclite.h / winscard.h values", () => {
    expect(SCARD).toMatchObject({
      SCOPE_SYSTEM: 2,
      SHARE_EXCLUSIVE: 1,
      SHARE_SHARED: 2,
      PROTOCOL_T0: 1,
      PROTOCOL_T1: 2,
      LEAVE_CARD: 0,
      RESET_CARD: 1,
      STATE_CHANGED: 2,
      STATE_EMPTY: 0x10,
      STATE_PRESENT: 0x20,
      INFINITE: 0xffffffff,
      E_CANCELLED: 0x80100002,
      E_TIMEOUT: 0x8010000a,
    });
    expect(PNP_NOTIFICATION).toBe(String.raw`\\?PnP?\Notification`);
  });

  it("reads return codes as unsigned 32-bit values whatever the LONG width", () => {
    expect(returnCode(0x8010000c)).toBe(0x8010000c); // 64-bit long (pcsc-lite)
    expect(returnCode(0x8010000c | 0)).toBe(0x8010000c); // int32 (Windows, macOS): negative
    expect(returnCode(0n)).toBe(0);
  });
});
