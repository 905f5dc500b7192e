// SPDX-License-Identifier: MIT
import { CompanionError } from "../../../shared/errors/companion-error";
import type { NativeReader } from "./native-reader";
import { pcscError } from "./pcsc-errors";
import { NoReaderMonitorError, PcscMonitor } from "./pcsc-monitor";
import { withTimeout } from "./with-timeout";

let contextsEstablished = 0;

/**
 * One PC/SC context with its reader monitor, as the host uses it: bounded waits and catalogue errors. The host keeps
 * one per process and makes a new one when this one is `lost`: pcscd stopped or restarted, or a call hung and its
 * reader objects cannot be trusted.
 */
export class PcscContext {
  /** Tells this context's reader event counters apart from those of an earlier one (pcscd restarts count anew). */
  readonly id = ++contextsEstablished;

  private constructor(
    private readonly monitor: PcscMonitor,
    private readonly connectMs: number,
  ) {}

  /** Set when the context can no longer be used; the service then establishes a new one. */
  get lost(): boolean {
    return this.monitor.lost;
  }

  set lost(lost: boolean) {
    this.monitor.lost = lost;
  }

  /**
   * Establishes a context; PCSC_UNAVAILABLE when pcscd is not running. `started`: a monitor started ahead of need
   * (see PcscMonitor.startEarly), used unless it has been lost meanwhile.
   */
  static establish(connectMs: number, started?: PcscMonitor): PcscContext {
    if (started !== undefined && !started.lost) return new PcscContext(started, connectMs);
    try {
      return new PcscContext(PcscMonitor.start(), connectMs);
    } catch (error) {
      throw error instanceof NoReaderMonitorError
        ? new CompanionError("PCSC_UNAVAILABLE", undefined, { cause: error })
        : pcscError(error);
    }
  }

  /** Names of the readers pcscd knows, after the first listing; PCSC_UNAVAILABLE if the service went away. */
  async readerNames(): Promise<string[]> {
    await withTimeout(this.monitor.firstListing, this.connectMs, () => (this.lost = true));
    if (this.lost) throw new CompanionError("PCSC_UNAVAILABLE");
    return [...this.monitor.readers.keys()];
  }

  /**
   * Identity of the card insertion in reader `name`: this context, the reader's event counter (pcsc-lite keeps it in
   * the upper 16 bits of the reader state; it changes on every insertion and removal) and the ATR. Undefined when
   * no card is present or the reader has not reported yet.
   */
  insertionId(name: string): string | undefined {
    const reader = this.monitor.readers.get(name);
    const state = reader?.state;
    if (reader === undefined || state === undefined || (state & reader.SCARD_STATE_PRESENT) === 0) return undefined;
    return `${this.id}:${state >>> 16}:${this.monitor.atrs.get(name) ?? ""}`;
  }

  /** The reader with this exact name, if pcscd lists it. */
  async reader(name: string): Promise<NativeReader | undefined> {
    await this.readerNames();
    return this.monitor.readers.get(name);
  }
}
