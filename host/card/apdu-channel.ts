// SPDX-License-Identifier: MIT
import { CompanionError } from "../../shared/errors/companion-error";
import { getResponse, splitResponse, SW_OK, swHex, type ApduResponse } from "./apdu";
import type { CardTransport } from "./card-transport";

/** A card answered with an unexpected status word (kept as the cause of CARD_ERROR, for the log). */
export class UnexpectedStatusError extends Error {
  override readonly name = "UnexpectedStatusError";
  constructor(
    readonly sw: number,
    readonly command: string,
  ) {
    super(`${command} answered ${swHex(sw)}`);
  }
}

/**
 * APDU exchange over a transport: follows `61 xx` with GET RESPONSE and repeats a command with the Le that `6C xx`
 * asks for (ISO 7816-4 §5.1.3; no source shows this card using them, but OpenSC handles both), and counts APDUs.
 */
export class ApduChannel {
  /** APDUs sent so far (for the benchmark's per-operation counts). */
  apduCount = 0;

  constructor(private readonly transport: CardTransport) {}

  async send(command: Buffer): Promise<ApduResponse> {
    let response = await this.exchange(command);
    const sw1 = response.sw >> 8;
    if (sw1 === 0x6c && command.length >= 5) {
      const corrected = Buffer.from(command);
      corrected[corrected.length - 1] = response.sw & 0xff;
      response = await this.exchange(corrected);
    }
    const parts = [response.data];
    while (response.sw >> 8 === 0x61) {
      response = await this.exchange(getResponse(response.sw & 0xff));
      parts.push(response.data);
    }
    return parts.length === 1 ? response : { data: Buffer.concat(parts), sw: response.sw };
  }

  /** Sends and requires `90 00`; any other status word becomes CARD_ERROR. */
  async expectOk(command: Buffer, what: string): Promise<Buffer> {
    const response = await this.send(command);
    if (response.sw !== SW_OK) throw unexpected(response.sw, what);
    return response.data;
  }

  private async exchange(command: Buffer): Promise<ApduResponse> {
    this.apduCount++;
    return splitResponse(await this.transport.transmit(command));
  }
}

/** CARD_ERROR for an unexpected status word. */
export function unexpected(sw: number, what: string): CompanionError {
  return new CompanionError("CARD_ERROR", undefined, { cause: new UnexpectedStatusError(sw, what) });
}
