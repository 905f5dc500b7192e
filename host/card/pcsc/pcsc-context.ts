// SPDX-License-Identifier: MIT
import { CompanionError } from "../../../shared/errors/companion-error";
import { SCARD } from "./pcsc-constants";
import { pcscError } from "./pcsc-errors";
import { PcscMonitor } from "./pcsc-monitor";
import { abandon, withTimeout } from "./with-timeout";
import { WinscardContext } from "./winscard";

let contextsEstablished = 0;

/**
 * PC/SC as the host uses it: a reader monitor, a second context for card connections (the monitor's is held by its
 * wait), bounded waits and catalogue errors. The host keeps one per process and makes a new one when this one is
 * `lost`: pcscd stopped or restarted, or a call hung and the context cannot be trusted.
 */
export class PcscContext {
  /** Tells this context's reader event counters apart from those of an earlier one (pcscd restarts count anew). */
  readonly id = ++contextsEstablished;

  private constructor(
    private readonly monitor: PcscMonitor,
    private readonly cards: WinscardContext,
    private readonly connectMs: number,
  ) {}

  /** Set when the context can no longer be used; the service then establishes a new one. */
  get lost(): boolean {
    return this.monitor.lost;
  }

  set lost(lost: boolean) {
    if (!lost || this.monitor.lost) return;
    this.monitor.lost = true;
    // Waits behind any call still holding the context, so it is counted like one.
    abandon(this.cards.release());
  }

  /**
   * Establishes a context; PCSC_UNAVAILABLE when pcscd is not running. `started`: a monitor started ahead of need
   * (see PcscMonitor.startEarly), used unless it has been lost meanwhile.
   */
  static establish(connectMs: number, started?: PcscMonitor): PcscContext {
    let monitor: PcscMonitor | undefined;
    try {
      monitor = started !== undefined && !started.lost ? started : PcscMonitor.start();
      return new PcscContext(monitor, WinscardContext.establish(), connectMs);
    } catch (error) {
      // No card context: the monitor would watch readers for nobody.
      if (monitor !== undefined) monitor.lost = true;
      // Without a context there is no PC/SC at all, whatever the code says: Windows answers SCARD_E_NO_SERVICE when
      // its Smart Card service is stopped, but Wine's stub winscard.dll answers SCARD_F_INTERNAL_ERROR.
      const failure = pcscError(error);
      throw failure.code === "CARD_ERROR"
        ? new CompanionError("PCSC_UNAVAILABLE", undefined, { cause: error })
        : failure;
    }
  }

  /** The card connections' context (SCardConnect is called on it). */
  get cardContext(): WinscardContext {
    return this.cards;
  }

  /** Names of the readers pcscd knows, after the first listing; PCSC_UNAVAILABLE if the service went away. */
  async readerNames(): Promise<string[]> {
    await withTimeout(this.monitor.firstListing, this.connectMs, () => (this.lost = true));
    if (this.lost) throw new CompanionError("PCSC_UNAVAILABLE");
    return [...this.monitor.readers.keys()];
  }

  /**
   * Identity of the card insertion in reader `name`: this context, the reader's event counter (pcsc-lite and
   * Windows keep it in the upper 16 bits of the reader state; it changes on every insertion and removal) and the
   * ATR. Undefined when no card is present or the reader has not reported yet.
   */
  insertionId(name: string): string | undefined {
    const status = this.monitor.readers.get(name);
    if (status === undefined || (status.state & SCARD.STATE_PRESENT) === 0) return undefined;
    return `${this.id}:${status.state >>> 16}:${status.atr}`;
  }

  /** Whether pcscd lists a reader with this exact name. */
  async hasReader(name: string): Promise<boolean> {
    return (await this.readerNames()).includes(name);
  }
}
