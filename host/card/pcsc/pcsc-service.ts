// SPDX-License-Identifier: MIT
import { CompanionError } from "../../../shared/errors/companion-error";
import type { Timeouts } from "../../config/host-config";
import { PcscCardTransport } from "./pcsc-card-transport";
import { PcscContext } from "./pcsc-context";
import { isContextLost } from "./pcsc-errors";
import type { PcscMonitor } from "./pcsc-monitor";

/**
 * The host's access to PC/SC: one context per process, established on first use and again after pcscd restarts
 * (a connect that fails because the context is stale is retried once on a fresh context; no APDU has been sent
 * at that point, so the retry is safe).
 */
export class PcscService {
  private context: PcscContext | undefined;

  /** `started`: a reader monitor the entry started before the host's code was loaded; the first context uses it. */
  constructor(
    private readonly timeouts: Timeouts,
    private started?: PcscMonitor,
  ) {}

  /** Reader names; PCSC_UNAVAILABLE when pcscd is not running. */
  async readerNames(): Promise<string[]> {
    return this.withFreshContextOnLoss((context) => context.readerNames());
  }

  /** Connects exclusively to the card in `readerName`: READER_NOT_FOUND, NO_CARD, CARD_BUSY, … on failure. */
  async connect(readerName: string): Promise<PcscCardTransport> {
    return this.withFreshContextOnLoss(async (context) => {
      if (!(await context.hasReader(readerName))) throw new CompanionError("READER_NOT_FOUND");
      return PcscCardTransport.connect(context.cardContext, readerName, this.timeouts, () => (context.lost = true));
    });
  }

  /** Identity of the card insertion in `readerName` (see PcscContext.insertionId); undefined when unknown. */
  insertionId(readerName: string): string | undefined {
    return this.context?.lost === false ? this.context.insertionId(readerName) : undefined;
  }

  private async withFreshContextOnLoss<T>(action: (context: PcscContext) => Promise<T>): Promise<T> {
    const context = this.current();
    try {
      return await action(context);
    } catch (error) {
      const serviceGone =
        isContextLost(error) || (error instanceof CompanionError && error.code === "PCSC_UNAVAILABLE");
      if (!serviceGone) throw error;
      context.lost = true;
      return action(this.current());
    }
  }

  private current(): PcscContext {
    if (this.context === undefined || this.context.lost) {
      this.context = PcscContext.establish(this.timeouts.connectMs, this.started);
      this.started = undefined;
    }
    return this.context;
  }
}
