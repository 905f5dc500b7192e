// SPDX-License-Identifier: MIT
import { createRequire } from "node:module";
import type pcscFactory from "pcsclite";
import type { NativeReader } from "./native-reader";

type PcscFactory = typeof pcscFactory;
let factory: PcscFactory | undefined;
/**
 * Every pcsclite object ever created stays reachable: collecting a CardReader runs a native destructor that cancels
 * the wrong context and joins its status thread, which can block the event loop for good (see test/stack/
 * pcsc-native.ts). A handful of objects per pcscd restart is a small price.
 */
const KEEP_ALIVE: object[] = [];

/**
 * The native addon, loaded on first use. `pcsclite` is external to the bundle: from the repository it resolves to
 * ./node_modules; the .deb ships node_modules/pcsclite (with its `bindings` dependency and
 * build/Release/pcsclite.node) next to the bundle.
 */
function loadFactory(): PcscFactory {
  // The addon's own typings (index.d.ts) describe this export.
  factory ??= createRequire(import.meta.url)("pcsclite") as PcscFactory;
  return factory;
}

/** The installed pcsclite has no reader monitor to start (an API this host does not know). */
export class NoReaderMonitorError extends Error {}

/**
 * One PC/SC context (SCardEstablishContext) and pcsclite's reader monitor: the readers pcscd lists and the state
 * each last reported. It imports nothing of the host or of shared/ (no zod, no error catalogue), so the entry can
 * start it before the rest of the host is loaded and pcscd lists the readers on pcsclite's thread meanwhile
 * (issue #6, cold start). PcscContext turns its failures into catalogue errors.
 */
export class PcscMonitor {
  /** Set when pcsclite reports an error: the context can no longer be used. */
  lost = false;
  readonly readers = new Map<string, NativeReader>();
  /** The ATR each reader last reported, hex. */
  readonly atrs = new Map<string, string>();
  /** Settles once the first reader listing has been handled, with its error if it failed. */
  readonly firstListing: Promise<unknown>;

  private constructor(onListing: (listener: (error: unknown) => void) => void) {
    this.firstListing = new Promise((resolve) => {
      onListing((error) => {
        if (error) this.lost = true;
        resolve(error);
      });
    });
  }

  /** Establishes a context and starts listing readers; throws pcsclite's error when pcscd cannot be reached. */
  static start(): PcscMonitor {
    const pcsc = loadFactory()();
    KEEP_ALIVE.push(pcsc);
    // The factory starts its reader monitor on the next tick with its own callback; wrapping `start` here tells us
    // when the first reader listing has been handled (pcsclite has no event for "listed, and there are none").
    const nativeStart: unknown = Reflect.get(pcsc, "start");
    if (typeof nativeStart !== "function") throw new NoReaderMonitorError("pcsclite has no start()");
    let onListing: (error: unknown) => void = () => undefined;
    Reflect.set(pcsc, "start", (callback: (error: unknown, data?: Buffer) => void) => {
      Reflect.apply(nativeStart, pcsc, [
        (error: unknown, data?: Buffer) => {
          callback(error, data);
          onListing(error);
        },
      ]);
    });
    const monitor = new PcscMonitor((listener) => (onListing = listener));
    pcsc.on("error", () => {
      monitor.lost = true;
    });
    pcsc.on("reader", (reader: NativeReader & NodeJS.EventEmitter) => {
      // pcsclite emits "error" on a reader when its status thread fails (e.g. pcscd stops); unhandled, it would
      // crash the process.
      reader.on("error", () => undefined);
      KEEP_ALIVE.push(reader);
      reader.once("end", () => monitor.readers.delete(reader.name));
      reader.on("status", (status: { atr?: Buffer }) =>
        monitor.atrs.set(reader.name, status.atr?.toString("hex") ?? ""),
      );
      monitor.readers.set(reader.name, reader);
    });
    return monitor;
  }

  /**
   * Starts a monitor if pcscd answers, else undefined: for a start ahead of need, whose failure the first request
   * meets again (and reports) when it establishes its own context.
   */
  static startEarly(): PcscMonitor | undefined {
    try {
      return PcscMonitor.start();
    } catch {
      return undefined;
    }
  }
}
