// SPDX-License-Identifier: MIT
import koffi, { type TypeObject } from "koffi";

/** The operating systems whose PC/SC library the host declares. */
export type PcscOs = "linux" | "win32" | "darwin";

/**
 * One OS's PC/SC ABI for koffi: the library to load, the C types of the winscard API and the exported names. PC/SC
 * is one API with three ABIs: the same C prototypes, but the integer widths, the struct packing and (on Windows) the
 * exported names differ, so each OS gets its own declaration instead of a guess at run time.
 */
export interface PcscAbi {
  readonly os: PcscOs;
  /** Path or name for koffi.load. */
  readonly library: string;
  /** C type of LONG (every function's return code). */
  readonly long: string;
  /** C type of DWORD. */
  readonly dword: string;
  /** C type of SCARDCONTEXT and SCARDHANDLE. */
  readonly handle: string;
  /** SCARD_READERSTATE(_A): reader name, user data, current/event state, ATR length and ATR bytes. */
  readonly readerState: TypeObject;
  /** SCARD_IO_REQUEST: protocol and the size of this header. */
  readonly ioRequest: TypeObject;
  /** Exported symbol of each function the host calls, by its portable name. */
  readonly names: Readonly<Record<PcscFunction, string>>;
}

/** The winscard functions the host calls. */
export type PcscFunction =
  | "SCardEstablishContext"
  | "SCardReleaseContext"
  | "SCardListReaders"
  | "SCardGetStatusChange"
  | "SCardCancel"
  | "SCardConnect"
  | "SCardTransmit"
  | "SCardDisconnect";

/** Functions that take or return strings: Windows exports an `A` (ANSI) and a `W` variant; the host uses `A`. */
const STRING_FUNCTIONS = new Set<PcscFunction>(["SCardListReaders", "SCardGetStatusChange", "SCardConnect"]);

const FUNCTIONS: readonly PcscFunction[] = [
  "SCardEstablishContext",
  "SCardReleaseContext",
  "SCardListReaders",
  "SCardGetStatusChange",
  "SCardCancel",
  "SCardConnect",
  "SCardTransmit",
  "SCardDisconnect",
];

function names(suffixForStrings: string): Record<PcscFunction, string> {
  return Object.fromEntries(
    FUNCTIONS.map((name) => [name, STRING_FUNCTIONS.has(name) ? `${name}${suffixForStrings}` : name]),
  ) as Record<PcscFunction, string>;
}

/**
 * pcsc-lite (PCSC/wintypes.h, pcsclite.h): LONG and DWORD are C `long` / `unsigned long` (8 bytes on 64-bit
 * Linux), SCARDCONTEXT and SCARDHANDLE are LONG, MAX_ATR_SIZE is 33, natural alignment (SCARD_READERSTATE is 80
 * bytes on x64, SCARD_IO_REQUEST 16).
 */
const LINUX: PcscAbi = {
  os: "linux",
  library: "libpcsclite.so.1",
  long: "long",
  dword: "unsigned long",
  handle: "long",
  readerState: koffi.struct({
    szReader: "const char *",
    pvUserData: "void *",
    dwCurrentState: "unsigned long",
    dwEventState: "unsigned long",
    cbAtr: "unsigned long",
    rgbAtr: koffi.array("uint8", 33),
  }),
  ioRequest: koffi.struct({ dwProtocol: "unsigned long", cbPciLength: "unsigned long" }),
  names: names(""),
};

/**
 * Windows (winscard.h, winsmcrd.h): LONG and DWORD are 32-bit on every Windows ABI, SCARDCONTEXT and SCARDHANDLE
 * are ULONG_PTR (pointer-sized), SCARD_READERSTATEA ends in a 36-byte rgbAtr, SCARD_IO_REQUEST is two DWORDs.
 */
const WINDOWS: PcscAbi = {
  os: "win32",
  library: "winscard.dll",
  long: "int32",
  dword: "uint32",
  handle: "uintptr_t",
  readerState: koffi.struct({
    szReader: "const char *",
    pvUserData: "void *",
    dwCurrentState: "uint32",
    dwEventState: "uint32",
    cbAtr: "uint32",
    rgbAtr: koffi.array("uint8", 36),
  }),
  ioRequest: koffi.struct({ dwProtocol: "uint32", cbPciLength: "uint32" }),
  names: names("A"),
};

/**
 * macOS PCSC.framework (its wintypes.h / pcsclite.h, derived from pcsc-lite): DWORD is uint32_t and LONG int32_t,
 * SCARDCONTEXT and SCARDHANDLE are int32_t, MAX_ATR_SIZE 33, and the structs are declared under `#pragma pack(1)`
 * (SCARD_READERSTATE is 61 bytes on 64-bit, SCARD_IO_REQUEST 8).
 */
const MACOS: PcscAbi = {
  os: "darwin",
  library: "/System/Library/Frameworks/PCSC.framework/PCSC",
  long: "int32",
  dword: "uint32",
  handle: "int32",
  readerState: koffi.pack({
    szReader: "const char *",
    pvUserData: "void *",
    dwCurrentState: "uint32",
    dwEventState: "uint32",
    cbAtr: "uint32",
    rgbAtr: koffi.array("uint8", 33),
  }),
  ioRequest: koffi.pack({ dwProtocol: "uint32", cbPciLength: "uint32" }),
  names: names(""),
};

/** The declaration for `os`; undefined where the host has none (PC/SC is then unavailable). */
export function pcscAbi(os: string = process.platform): PcscAbi | undefined {
  return { linux: LINUX, win32: WINDOWS, darwin: MACOS }[os];
}
