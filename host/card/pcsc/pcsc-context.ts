// SPDX-License-Identifier: MIT
import { createRequire } from "node:module";
import type pcscFactory from "pcsclite";
import { CompanionError } from "../../../shared/errors/companion-error";
import type { NativeReader } from "./native-reader";
import { pcscError } from "./pcsc-errors";
import { withTimeout } from "./with-timeout";

type PcscFactory = typeof pcscFactory;
let factory: PcscFactory | undefined;
let contextsEstablished = 0;
/**
 * Every pcsclite object ever created stays reachable: collecting a CardReader runs a native destructor that cancels
 * the wrong context and joins its status thread, which can block the event loop for good (see test/stack/
 * pcsc-native.ts). A handful of objects per pcscd restart is a small price.
 */
const KEEP_ALIVE: object[] = [];

/**
 * The native addon, loaded on first use (a browser starts the host per connection; startup must stay fast).
 * `pcsclite` is external to the bundle: from the repository it resolves to ./node_modules; the .deb ships
 * node_modules/pcsclite (with its `bindings` dependency and build/Release/pcsclite.node) next to the bundle.
 */
function loadFactory(): PcscFactory {
  // The addon's own typings (index.d.ts) describe this export.
  factory ??= createRequire(import.meta.url)("pcsclite") as PcscFactory;
  return factory;
}

/**
 * One PC/SC context (SCardEstablishContext) with its reader monitor. The host keeps one per process and makes a new
 * one when this one is `lost`: pcscd stopped or restarted, or a call hung and its reader objects cannot be trusted.
 */
export class PcscContext {
  /** Set when the context can no longer be used; the service then establishes a new one. */
  lost = false;
  /** Tells this context's reader event counters apart from those of an earlier one (pcscd restarts count anew). */
  readonly id = ++contextsEstablished;
  private readonly readers = new Map<string, NativeReader>();
  /** The ATR each reader last reported, hex. */
  private readonly atrs = new Map<string, string>();
  private readonly firstListing: Promise<void>;

  private constructor(
    start: (onListing: (error: unknown) => void) => void,
    private readonly connectMs: number,
  ) {
    this.firstListing = new Promise((resolve) => {
      start((error) => {
        if (error) this.lost = true;
        resolve();
      });
    });
  }

  /** Establishes a context; PCSC_UNAVAILABLE when pcscd is not running. */
  static establish(connectMs: number): PcscContext {
    const create = loadFactory();
    let pcsc: ReturnType<PcscFactory>;
    try {
      pcsc = create();
    } catch (error) {
      throw pcscError(error);
    }
    KEEP_ALIVE.push(pcsc);
    // The factory starts its reader monitor on the next tick with its own callback; wrapping `start` here tells us
    // when the first reader listing has been handled (pcsclite has no event for "listed, and there are none").
    const nativeStart: unknown = Reflect.get(pcsc, "start");
    if (typeof nativeStart !== "function") throw new CompanionError("PCSC_UNAVAILABLE");
    let onListing: (error: unknown) => void = () => undefined;
    Reflect.set(pcsc, "start", (callback: (error: unknown, data?: Buffer) => void) => {
      Reflect.apply(nativeStart, pcsc, [
        (error: unknown, data?: Buffer) => {
          callback(error, data);
          onListing(error);
        },
      ]);
    });
    const context = new PcscContext((listener) => (onListing = listener), connectMs);
    pcsc.on("error", () => {
      context.lost = true;
    });
    pcsc.on("reader", (reader: NativeReader & NodeJS.EventEmitter) => {
      // pcsclite emits "error" on a reader when its status thread fails (e.g. pcscd stops); unhandled, it would
      // crash the process.
      reader.on("error", () => undefined);
      KEEP_ALIVE.push(reader);
      reader.once("end", () => context.readers.delete(reader.name));
      reader.on("status", (status: { atr?: Buffer }) =>
        context.atrs.set(reader.name, status.atr?.toString("hex") ?? ""),
      );
      context.readers.set(reader.name, reader);
    });
    return context;
  }

  /** Names of the readers pcscd knows, after the first listing; PCSC_UNAVAILABLE if the service went away. */
  async readerNames(): Promise<string[]> {
    await withTimeout(this.firstListing, this.connectMs, () => (this.lost = true));
    if (this.lost) throw new CompanionError("PCSC_UNAVAILABLE");
    return [...this.readers.keys()];
  }

  /**
   * Identity of the card insertion in reader `name`: this context, the reader's event counter (pcsc-lite keeps it in
   * the upper 16 bits of the reader state; it changes on every insertion and removal) and the ATR. Undefined when
   * no card is present or the reader has not reported yet.
   */
  insertionId(name: string): string | undefined {
    const reader = this.readers.get(name);
    const state = reader?.state;
    if (reader === undefined || state === undefined || (state & reader.SCARD_STATE_PRESENT) === 0) return undefined;
    return `${this.id}:${state >>> 16}:${this.atrs.get(name) ?? ""}`;
  }

  /** The reader with this exact name, if pcscd lists it. */
  async reader(name: string): Promise<NativeReader | undefined> {
    await this.readerNames();
    return this.readers.get(name);
  }
}
