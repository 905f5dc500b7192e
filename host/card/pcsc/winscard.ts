// SPDX-License-Identifier: MIT
/**
 * The winscard API as promises, over this OS's koffi declaration: a context, its readers, status changes, and
 * card connections. A failing call rejects with a PcscCallError carrying the SCARD_* code.
 *
 * Calls that can wait on pcscd, a reader or a card run on koffi's worker threads (libuv's pool). pcsc-lite holds a
 * context's lock for the whole of a call, including a blocked SCardGetStatusChange, so a context that watches
 * readers is not the one that talks to cards. Worse, a call that finds the lock taken waits for it while holding
 * the library's global lock, which every other context needs too: one hung SCardTransmit followed by any call on
 * its context would stop all PC/SC in the process. So each context runs its calls one after another here (a later
 * call starts only when the earlier has returned), and only SCardCancel, which takes no context lock, and the quick
 * SCardListReaders of an idle context bypass that line.
 */
import koffi from "koffi";
import { pcscBinding, type PcscBinding, type ReaderState } from "./pcsc-binding";
import { PNP_NOTIFICATION, returnCode, SCARD } from "./pcsc-constants";

/**
 * Receive buffer for one response: 65536 data bytes + SW1 SW2, so extended-length responses fit
 * (docs/ref/pcsc-testing.md).
 */
export const MAX_RESPONSE_BYTES = 65538;

/** A winscard call that returned something other than SCARD_S_SUCCESS. */
export class PcscCallError extends Error {
  constructor(
    readonly call: string,
    readonly code: number,
  ) {
    super(`${call} failed (0x${code.toString(16).padStart(8, "0")})`);
    this.name = "PcscCallError";
  }
}

function check(call: string, result: number | bigint): void {
  const code = returnCode(result);
  if (code !== SCARD.S_SUCCESS) throw new PcscCallError(call, code);
}

/** One reader's state as SCardGetStatusChange reports it. */
export interface ReaderStatus {
  readonly name: string;
  /** SCARD_STATE_* bits; pcsc-lite and Windows count insertions and removals in the upper 16 bits. */
  readonly state: number;
  /** The ATR of the card present, hex ("" when none). */
  readonly atr: string;
}

/** One SCardEstablishContext. */
export class WinscardContext {
  private released = false;
  /** The last call of this context's line (see above). */
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly binding: PcscBinding,
    private readonly handle: unknown,
  ) {}

  /** Establishes a system-scope context; throws SCARD_E_NO_SERVICE when pcscd is not running. */
  static establish(binding: PcscBinding = pcscBinding()): WinscardContext {
    const handle: [unknown] = [null];
    check("SCardEstablishContext", binding.establishContext(SCARD.SCOPE_SYSTEM, null, null, handle));
    return new WinscardContext(binding, handle[0]);
  }

  /** Whether this OS's PC/SC announces reader arrivals on the PnP pseudo reader (macOS's does not). */
  get announcesReaders(): boolean {
    return this.binding.abi.os !== "darwin";
  }

  /** The names pcscd lists (none: an empty list, not an error). Quick; never call it while this context waits. */
  listReaders(): string[] {
    const length: [number] = [0];
    const sized = returnCode(this.binding.listReaders(this.handle, null, null, length));
    if (sized === SCARD.E_NO_READERS_AVAILABLE) return [];
    check("SCardListReaders", sized);
    const names = Buffer.alloc(length[0]);
    const listed = returnCode(this.binding.listReaders(this.handle, null, names, length));
    if (listed === SCARD.E_NO_READERS_AVAILABLE) return [];
    check("SCardListReaders", listed);
    return names
      .subarray(0, length[0])
      .toString("utf8")
      .split("\0")
      .filter((name) => name !== "");
  }

  /**
   * Waits until one of `readers` (names with the state last seen, 0 for unknown) changes, or `timeoutMs`. With
   * `watchPnp`, a reader arriving or leaving ends the wait too. Resolves with every reader's new status, or
   * undefined on timeout; rejects on SCardCancel (SCARD_E_CANCELLED) and on a lost service.
   */
  async waitForChange(
    readers: readonly { name: string; state: number }[],
    timeoutMs: number,
    pnpState?: number,
  ): Promise<{ readers: ReaderStatus[]; pnpState: number } | undefined> {
    const states: ReaderState[] = readers.map(({ name, state }) => readerState(name, state));
    if (pnpState !== undefined) states.push(readerState(PNP_NOTIFICATION, pnpState));
    const code = returnCode(
      await this.inLine(() => this.binding.getStatusChange(this.handle, timeoutMs, states, states.length)),
    );
    if (code === SCARD.E_TIMEOUT) return undefined;
    check("SCardGetStatusChange", code);
    const pnp = pnpState === undefined ? undefined : states.pop();
    return {
      readers: states.map((entry) => ({
        name: entry.szReader,
        state: entry.dwEventState,
        atr: Buffer.from(entry.rgbAtr.slice(0, entry.cbAtr)).toString("hex"),
      })),
      pnpState: pnp?.dwEventState ?? 0,
    };
  }

  /** Ends a waitForChange in progress (it rejects with SCARD_E_CANCELLED). Safe while a call holds the context. */
  cancel(): void {
    if (!this.released) this.binding.cancel(this.handle);
  }

  /** SCardConnect to the card in `reader`; resolves with the connection and its protocol. */
  async connect(reader: string, share: number, protocols: number): Promise<WinscardCard> {
    const card: [unknown] = [null];
    const protocol: [number] = [0];
    check(
      "SCardConnect",
      await this.inLine(() => this.binding.connect(this.handle, reader, share, protocols, card, protocol)),
    );
    return new WinscardCard(this.binding, card[0], protocol[0], (call) => this.inLine(call));
  }

  /** SCardReleaseContext, once every earlier call of this context has returned. Never throws. */
  async release(): Promise<void> {
    if (this.released) return;
    const releasing = this.inLine(() => this.binding.releaseContext(this.handle));
    this.released = true;
    await releasing.catch(() => undefined);
  }

  /** Runs `call` after every earlier call of this context has returned (fulfilled or rejected). */
  private inLine<T>(call: () => Promise<T>): Promise<T> {
    const result = this.tail.then(call, call);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

function readerState(name: string, state: number): ReaderState {
  return { szReader: name, pvUserData: null, dwCurrentState: state, dwEventState: 0, cbAtr: 0, rgbAtr: [] };
}

/** One SCardConnect handle. */
export class WinscardCard {
  constructor(
    private readonly binding: PcscBinding,
    private readonly handle: unknown,
    readonly protocol: number,
    /** Its context's line of calls. */
    private readonly inLine: <T>(call: () => Promise<T>) => Promise<T>,
  ) {}

  /** SCardTransmit; resolves with the response (data then SW1 SW2; fewer than 2 bytes when the card vanished). */
  async transmit(apdu: Uint8Array): Promise<Buffer> {
    const send = { dwProtocol: this.protocol, cbPciLength: koffi.sizeof(this.binding.abi.ioRequest) };
    const response = Buffer.alloc(MAX_RESPONSE_BYTES);
    const length: [number] = [response.length];
    const command = Buffer.from(apdu);
    check(
      "SCardTransmit",
      await this.inLine(() =>
        this.binding.transmit(this.handle, send, command, command.length, null, response, length),
      ),
    );
    return Buffer.from(response.subarray(0, length[0]));
  }

  /** SCardDisconnect with `disposition` (SCARD_RESET_CARD, SCARD_LEAVE_CARD, …). */
  async disconnect(disposition: number): Promise<void> {
    check("SCardDisconnect", await this.inLine(() => this.binding.disconnect(this.handle, disposition)));
  }
}
