// SPDX-License-Identifier: MIT
import type { CardTransport } from "../card-transport";

/** One expected exchange: the exact command APDU and the response to give (hex, spaces allowed). */
export type ScriptStep = readonly [command: string, response: string];

const clean = (hex: string): string => hex.replace(/\s+/g, "").toLowerCase();

/**
 * A CardTransport for unit tests only: it plays an ordered script of command → response pairs and throws on any
 * APDU that is not the next one expected. `assertDone()` checks that the whole script was used.
 */
export class ApduScriptTransport implements CardTransport {
  private position = 0;
  disconnected = false;
  readonly sent: string[] = [];

  constructor(private readonly script: readonly ScriptStep[]) {}

  transmit(apdu: Buffer): Promise<Buffer> {
    const actual = apdu.toString("hex");
    this.sent.push(actual);
    const step = this.script[this.position++];
    if (step === undefined) return Promise.reject(new Error(`unexpected APDU after the script ended: ${actual}`));
    if (clean(step[0]) !== actual) {
      return Promise.reject(new Error(`APDU ${this.position}: expected ${clean(step[0])}, got ${actual}`));
    }
    return Promise.resolve(Buffer.from(clean(step[1]), "hex"));
  }

  disconnect(): Promise<void> {
    this.disconnected = true;
    return Promise.resolve();
  }

  assertDone(): void {
    if (this.position !== this.script.length) {
      throw new Error(`script not finished: ${this.position} of ${this.script.length} APDUs used`);
    }
  }
}
