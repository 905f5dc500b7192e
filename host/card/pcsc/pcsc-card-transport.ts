// SPDX-License-Identifier: MIT
import { CompanionError } from "../../../shared/errors/companion-error";
import type { Timeouts } from "../../config/host-config";
import type { CardTransport } from "../card-transport";
import { MAX_RESPONSE_BYTES, type NativeReader } from "./native-reader";
import { pcscError } from "./pcsc-errors";
import { abandon, withTimeout } from "./with-timeout";

/**
 * An exclusive PC/SC connection to the card in one reader, for one operation. Every call is bounded by a timeout;
 * `onUnusable` is told when the connection can no longer be trusted (a call hung, or the card vanished), so that the
 * service starts over with a fresh context instead of reusing the reader object.
 */
export class PcscCardTransport implements CardTransport {
  private closed = false;
  /** "removed": the card left mid-operation; "hung": a call timed out and still holds the reader. */
  private trouble: "removed" | "hung" | undefined;

  private constructor(
    private readonly reader: NativeReader,
    private readonly protocol: number,
    private readonly timeouts: Timeouts,
    private readonly onUnusable: () => void,
  ) {}

  /** SCardConnect, exclusive (no other application can use the card meanwhile), T=0 or T=1. */
  static async connect(reader: NativeReader, timeouts: Timeouts, onUnusable: () => void): Promise<PcscCardTransport> {
    // A reader object left "connected" by an earlier failure would make pcsclite skip SCardConnect.
    if (reader.connected) {
      onUnusable();
      throw new CompanionError("CARD_BUSY");
    }
    const connecting = new Promise<number>((resolve, reject) => {
      reader.connect(
        { share_mode: reader.SCARD_SHARE_EXCLUSIVE, protocol: reader.SCARD_PROTOCOL_T0 | reader.SCARD_PROTOCOL_T1 },
        (error, protocol) => (error ? reject(pcscError(error)) : resolve(protocol)),
      );
    });
    const protocol = await withTimeout(connecting, timeouts.connectMs, () => {
      onUnusable();
      // If the connect completes after all, release the card it took.
      abandon(
        connecting.then(
          () => new Promise((resolve) => reader.disconnect(reader.SCARD_RESET_CARD, resolve)),
          () => undefined,
        ),
      );
    });
    return new PcscCardTransport(reader, protocol, timeouts, onUnusable);
  }

  async transmit(apdu: Buffer): Promise<Buffer> {
    const sending = new Promise<Buffer>((resolve, reject) => {
      this.reader.transmit(apdu, MAX_RESPONSE_BYTES, this.protocol, (error, response) =>
        error ? reject(pcscError(error)) : resolve(response),
      );
    });
    let response: Buffer;
    try {
      response = await withTimeout(sending, this.timeouts.apduMs, () => {
        this.trouble = "hung";
        this.onUnusable();
      });
    } catch (error) {
      if (error instanceof CompanionError && error.code === "CARD_REMOVED") this.trouble ??= "removed";
      throw error;
    }
    // The card left mid-APDU: pcscd returns success with no bytes (pcsc-testing.md, "Faults seen").
    if (response.length < 2) {
      this.trouble = "removed";
      throw new CompanionError("CARD_REMOVED");
    }
    return response;
  }

  /**
   * SCardDisconnect with SCARD_RESET_CARD, so a verified PIN never outlives the operation. Never throws. A removed
   * card is left alone (nothing to reset; a reset would wait on the empty slot). After a hung call the disconnect
   * queues behind it (pcsclite serialises calls per reader) and runs when the card answers; the host does not wait.
   */
  async disconnect(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const disposition = this.trouble === "removed" ? this.reader.SCARD_LEAVE_CARD : this.reader.SCARD_RESET_CARD;
    const disconnecting = new Promise<void>((resolve, reject) => {
      this.reader.disconnect(disposition, (error) => (error ? reject(pcscError(error)) : resolve()));
    });
    if (this.trouble === "hung") {
      abandon(disconnecting);
      return;
    }
    try {
      await withTimeout(disconnecting, this.timeouts.connectMs, this.onUnusable);
    } catch {
      // The handle is in an unknown state (card gone, pcscd gone, or hung): never reuse this reader object.
      this.onUnusable();
    }
  }
}
