// SPDX-License-Identifier: MIT
import { CompanionError } from "../../../shared/errors/companion-error";
import type { Timeouts } from "../../config/host-config";
import type { CardTransport } from "../card-transport";
import { SCARD } from "./pcsc-constants";
import { pcscError } from "./pcsc-errors";
import { abandon, withTimeout } from "./with-timeout";
import type { WinscardCard, WinscardContext } from "./winscard";

/**
 * An exclusive PC/SC connection to the card in one reader, for one operation. Every call is bounded by a timeout;
 * `onUnusable` is told when the connection can no longer be trusted (a call hung, or the card vanished), so that the
 * service starts over with a fresh context.
 */
export class PcscCardTransport implements CardTransport {
  private closed = false;
  /** "removed": the card left mid-operation; "hung": a call timed out and still holds the context. */
  private trouble: "removed" | "hung" | undefined;

  private constructor(
    private readonly card: WinscardCard,
    private readonly timeouts: Timeouts,
    private readonly onUnusable: () => void,
  ) {}

  /** SCardConnect, exclusive (no other application can use the card meanwhile), T=0 or T=1. */
  static async connect(
    context: WinscardContext,
    readerName: string,
    timeouts: Timeouts,
    onUnusable: () => void,
  ): Promise<PcscCardTransport> {
    const connecting = context.connect(readerName, SCARD.SHARE_EXCLUSIVE, SCARD.PROTOCOL_T0 | SCARD.PROTOCOL_T1);
    const card = await withTimeout(
      connecting.catch((error: unknown) => Promise.reject(pcscError(error))),
      timeouts.connectMs,
      () => {
        onUnusable();
        // If the connect completes after all, release the card it took.
        abandon(
          connecting.then(
            (late) => late.disconnect(SCARD.RESET_CARD),
            () => undefined,
          ),
        );
      },
    );
    return new PcscCardTransport(card, timeouts, onUnusable);
  }

  async transmit(apdu: Buffer): Promise<Buffer> {
    let response: Buffer;
    try {
      response = await withTimeout(
        this.card.transmit(apdu).catch((error: unknown) => Promise.reject(pcscError(error))),
        this.timeouts.apduMs,
        () => {
          this.trouble = "hung";
          this.onUnusable();
        },
      );
    } catch (error) {
      if (error instanceof CompanionError && error.code === "CARD_REMOVED") this.trouble ??= "removed";
      throw error;
    }
    // The card left mid-APDU: pcscd returns success with no bytes (docs/ref/pcsc-testing.md, "Faults seen").
    if (response.length < 2) {
      this.trouble = "removed";
      throw new CompanionError("CARD_REMOVED");
    }
    return response;
  }

  /**
   * SCardDisconnect with SCARD_RESET_CARD, so a verified PIN never outlives the operation. Never throws. A removed
   * card is left alone (nothing to reset; a reset would wait on the empty slot). After a hung call the disconnect
   * queues behind it (pcsc-lite serialises calls per context) and runs when the card answers; the host does not wait.
   */
  async disconnect(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const disposition = this.trouble === "removed" ? SCARD.LEAVE_CARD : SCARD.RESET_CARD;
    const disconnecting = this.card.disconnect(disposition);
    if (this.trouble === "hung") {
      abandon(disconnecting);
      return;
    }
    try {
      await withTimeout(disconnecting, this.timeouts.connectMs, this.onUnusable);
    } catch {
      // The handle is in an unknown state (card gone, pcscd gone, or hung): never reuse this context.
      this.onUnusable();
    }
  }
}
