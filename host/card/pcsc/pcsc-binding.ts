// SPDX-License-Identifier: MIT
import koffi, { type LibraryHandle, type TypeObject } from "koffi";
import { pcscAbi, type PcscAbi } from "./pcsc-abi";

/** A function declared on a koffi library. */
type KoffiFunction = ReturnType<LibraryHandle["func"]>;
/** A parameter type as LibraryHandle.func takes it (koffi does not export the name). */
type Param = string | TypeObject | ReturnType<typeof koffi.out>;

/** One SCARD_READERSTATE as JavaScript sees it (koffi copies it in and out of the call). */
export interface ReaderState {
  szReader: string;
  pvUserData: null;
  dwCurrentState: number;
  dwEventState: number;
  cbAtr: number;
  rgbAtr: number[];
}

/**
 * The winscard functions, declared with koffi for this OS. Calls that can block on pcscd or the card have an
 * `async` twin (run on koffi's worker threads) and are only called that way; the quick context calls are synchronous.
 */
export interface PcscBinding {
  readonly abi: PcscAbi;
  /** SCardEstablishContext(dwScope, NULL, NULL, &context). */
  establishContext(scope: number, reserved1: null, reserved2: null, context: [unknown]): number;
  releaseContext: AsyncCall<[context: unknown]>;
  cancel(context: unknown): number;
  /** SCardListReaders(context, NULL, buffer, &length): a multi-string of reader names. */
  listReaders(context: unknown, groups: null, readers: Buffer | null, length: [number]): number;
  getStatusChange: AsyncCall<[context: unknown, timeoutMs: number, states: ReaderState[], count: number]>;
  connect: AsyncCall<
    [context: unknown, reader: string, share: number, protocols: number, handle: [unknown], protocol: [number]]
  >;
  transmit: AsyncCall<
    [handle: unknown, send: object, apdu: Buffer, apduLength: number, recv: null, response: Buffer, length: [number]]
  >;
  disconnect: AsyncCall<[handle: unknown, disposition: number]>;
}

/** A blocking winscard call run on a koffi worker thread; resolves to its LONG return code. */
export type AsyncCall<A extends unknown[]> = (...args: A) => Promise<number>;

function promised<A extends unknown[]>(fn: KoffiFunction): AsyncCall<A> {
  return (...args: A) =>
    new Promise<number>((resolve, reject) => {
      fn.async(...args, (error: unknown, result: unknown) => {
        if (error !== null && error !== undefined)
          reject(error instanceof Error ? error : new Error("koffi async call failed", { cause: error }));
        else resolve(Number(result));
      });
    });
}

/** Declares the functions of `abi` on an already loaded library (split from loading so tests can check names). */
export function declare(abi: PcscAbi, lib: Pick<LibraryHandle, "func">): PcscBinding {
  const { long, dword, handle, names } = abi;
  const out = (type: string | TypeObject): Param => koffi.out(koffi.pointer(type));
  const inout = (type: string | TypeObject): Param => koffi.inout(koffi.pointer(type));
  const f = (name: keyof PcscAbi["names"], args: Param[]): KoffiFunction => lib.func(names[name], long, args);
  return {
    abi,
    establishContext: f("SCardEstablishContext", [dword, "void *", "void *", out(handle)]),
    releaseContext: promised(f("SCardReleaseContext", [handle])),
    cancel: f("SCardCancel", [handle]),
    listReaders: f("SCardListReaders", [handle, "const char *", "uint8_t *", inout(dword)]),
    getStatusChange: promised(f("SCardGetStatusChange", [handle, dword, inout(abi.readerState), dword])),
    connect: promised(f("SCardConnect", [handle, "const char *", dword, dword, out(handle), out(dword)])),
    transmit: promised(
      f("SCardTransmit", [
        handle,
        koffi.pointer(abi.ioRequest),
        "const uint8_t *",
        dword,
        "void *",
        "uint8_t *",
        inout(dword),
      ]),
    ),
    disconnect: promised(f("SCardDisconnect", [handle, dword])),
  };
}

let loaded: PcscBinding | undefined;

/** This OS has no PC/SC library the host knows, or it is not installed (PC/SC is then unavailable). */
export class PcscLibraryError extends Error {}

/** Loads this OS's PC/SC library once; throws PcscLibraryError when the OS has none declared or it is missing. */
export function pcscBinding(): PcscBinding {
  if (loaded === undefined) {
    const abi = pcscAbi();
    if (abi === undefined) throw new PcscLibraryError(`no PC/SC declaration for ${process.platform}`);
    let library: LibraryHandle;
    try {
      library = koffi.load(abi.library);
    } catch (error) {
      throw new PcscLibraryError(`cannot load ${abi.library}`, { cause: error });
    }
    loaded = declare(abi, library);
  }
  return loaded;
}
