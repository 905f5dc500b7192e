// SPDX-License-Identifier: MIT
import { SCARD } from "./pcsc-constants";
import { WinscardContext, type ReaderStatus } from "./winscard";

/** Where SCardGetStatusChange cannot announce readers (macOS), the listing is refreshed this often. */
const RELIST_MS = 1000;

const CANCEL_RETRY_MS = 100;

const running = new Set<PcscMonitor>();

/**
 * The readers pcscd lists and the state each last reported, kept current by one SCardGetStatusChange loop on a
 * context of its own. It imports nothing of the host or of shared/ (no zod, no error catalogue), so the entry can
 * start it before the rest of the host is loaded and pcscd lists the readers meanwhile (a browser starts a host per
 * connection, so cold start is paid often). PcscContext turns its failures into catalogue errors.
 */
export class PcscMonitor {
  /** Set when the service is gone (pcscd stopped or restarted) or the owner gave up on it; the loop then ends. */
  private isLost = false;
  readonly readers = new Map<string, ReaderStatus>();
  /** Settles once the first reader listing has been handled, with its error if it failed. */
  readonly firstListing: Promise<unknown>;
  private readonly ended: Promise<void>;

  private constructor(private readonly context: WinscardContext) {
    let listed: (error: unknown) => void = () => undefined;
    this.firstListing = new Promise((resolve) => (listed = resolve));
    running.add(this);
    this.ended = this.watch(listed);
  }

  get lost(): boolean {
    return this.isLost;
  }

  /**
   * Giving up on a monitor ends its wait and releases its context. The cancel is repeated until the loop has ended:
   * one that reaches pcscd before the worker thread has entered SCardGetStatusChange is lost.
   */
  set lost(lost: boolean) {
    if (!lost || this.isLost) return;
    this.isLost = true;
    this.context.cancel();
    const retry = setInterval(() => this.context.cancel(), CANCEL_RETRY_MS);
    void this.ended.finally(() => clearInterval(retry));
  }

  /** Establishes a context and starts watching readers; throws a PcscCallError when pcscd cannot be reached. */
  static start(): PcscMonitor {
    return new PcscMonitor(WinscardContext.establish());
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

  /** Ends every monitor's wait, so that no worker thread stays blocked in pcscd when the process exits. */
  static async stopAll(): Promise<void> {
    const monitors = [...running];
    for (const monitor of monitors) monitor.lost = true;
    await Promise.all(monitors.map((monitor) => monitor.ended));
  }

  private async watch(listed: (error: unknown) => void): Promise<void> {
    const pnp = this.context.announcesReaders;
    let pnpState: number | undefined = pnp ? SCARD.STATE_UNAWARE : undefined;
    let first = true;
    try {
      while (!this.isLost) {
        const names = this.context.listReaders();
        for (const name of this.readers.keys()) if (!names.includes(name)) this.readers.delete(name);
        const seen = names.map((name) => ({
          name,
          state: (this.readers.get(name)?.state ?? 0) & ~SCARD.STATE_CHANGED,
        }));
        // The first wait returns at once (every state is "unaware"): that is the first listing.
        const timeout = first ? 0 : pnp ? SCARD.INFINITE : RELIST_MS;
        const change = await this.context.waitForChange(seen, timeout, pnpState);
        if (change !== undefined) {
          for (const status of change.readers) this.readers.set(status.name, status);
          if (pnpState !== undefined) pnpState = change.pnpState & ~SCARD.STATE_CHANGED;
        }
        if (first) listed(undefined);
        first = false;
      }
    } catch (error) {
      this.isLost = true;
      listed(error);
    } finally {
      running.delete(this);
      await this.context.release();
    }
  }
}
