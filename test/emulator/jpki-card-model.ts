// SPDX-License-Identifier: MIT
import type { PinKind } from "../../shared/pin";
import type { TestPki } from "../pki/build-test-pki";
import type { ApduLogEntry } from "./apdu-log";
import { buildCardLayout } from "./build-card-layout";
import type { CardSession, CommandHandler } from "./card-session";
import { parseCommandApdu, toHex, type CommandApdu } from "./command-apdu";
import { computeDigitalSignature } from "./commands/compute-digital-signature";
import { readBinary } from "./commands/read-binary";
import { readRecord } from "./commands/read-record";
import { select } from "./commands/select";
import { changeReferenceData, verify } from "./commands/verify";
import { PinRegister } from "./pin-register";
import { type CardResponse, serializeResponse, status, SW } from "./status-word";

/** Options of the card model; only `pki` is required. */
export interface CardModelOptions {
  readonly pki: TestPki;
  /** PIN values; defaults: auth "1234", sign "ABC123", card-info "5678". */
  readonly pins?: Partial<Record<PinKind, string>>;
  /** Initial retry counters (defaults: the maximum, 3 / 5 / 3). */
  readonly triesLeft?: Partial<Record<PinKind, number>>;
  /** Accept extended-length APDUs (default true); false answers them `67 00`. */
  readonly extendedLength?: boolean;
  /** 13 ASCII characters, in the common AP record and the token serial (default "TEST000000001"). */
  readonly manufactureNumber?: string;
  /** false: no signing certificate or key, as on a card of a holder under 15 (default true). */
  readonly hasSignCertificate?: boolean;
}

/** Default manufacture number of the emulated card. */
export const DEFAULT_MANUFACTURE_NUMBER = "TEST000000001";

/** CLA 00 commands by INS; CLA 80 has only COMPUTE DIGITAL SIGNATURE. */
const INTERINDUSTRY: ReadonlyMap<number, CommandHandler> = new Map([
  [0xa4, select],
  [0xb0, readBinary],
  [0xb2, readRecord],
  [0x20, verify],
  [0x24, changeReferenceData],
]);
const PROPRIETARY: ReadonlyMap<number, CommandHandler> = new Map([[0x2a, computeDigitalSignature]]);

/**
 * A My Number Card as far as hosts see it (docs/ref/jpki-card.md §12): JPKI AP, card-info input support AP and common
 * AP, PIN counters, access rules and real RSA signatures. Pure: bytes in, bytes out, no I/O.
 */
export class JpkiCardModel {
  /** Every exchange since creation (or `apduLog.length = 0`). */
  readonly apduLog: ApduLogEntry[] = [];
  readonly #session: CardSession;

  constructor(options: CardModelOptions) {
    const applications = buildCardLayout(options.pki, {
      manufactureNumber: options.manufactureNumber ?? DEFAULT_MANUFACTURE_NUMBER,
      hasSignCertificate: options.hasSignCertificate ?? true,
    });
    const pins = new PinRegister(options.pins);
    for (const [kind, tries] of Object.entries(options.triesLeft ?? {})) pins.setTriesLeft(kind as PinKind, tries);
    this.#session = {
      applications,
      pins,
      application: undefined,
      file: undefined,
      extendedLength: options.extendedLength ?? true,
    };
  }

  /** Whether extended-length APDUs are accepted; switchable at any time. */
  get extendedLength(): boolean {
    return this.#session.extendedLength;
  }

  set extendedLength(enabled: boolean) {
    this.#session.extendedLength = enabled;
  }

  /** Handles one command APDU and returns the response bytes (data ‖ SW1 SW2); logs the exchange. */
  transmit(command: Uint8Array): Uint8Array {
    const response = this.#respond(command);
    this.logExchange(command, response.sw, response.data?.length ?? 0);
    return serializeResponse(response);
  }

  /** Adds a log entry; the fault layer uses it for commands it answers itself (sw undefined = no answer). */
  logExchange(command: Uint8Array, sw: number | undefined, responseLength: number): void {
    const swHex = sw === undefined ? "none" : sw.toString(16).toUpperCase().padStart(4, "0");
    this.apduLog.push({ at: Date.now(), command: toHex(command), ins: command[1] ?? -1, sw: swHex, responseLength });
  }

  /** Power-off, power-on or warm reset: nothing selected, no PIN verified; counters persist. */
  reset(): void {
    this.#session.application = undefined;
    this.#session.file = undefined;
    this.#session.pins.clearVerified();
  }

  /** Tries left for a PIN (0 = blocked). */
  triesLeft(kind: PinKind): number {
    return this.#session.pins.triesLeft(kind);
  }

  /** Test hook: set a PIN's retry counter (0 blocks it). */
  setTriesLeft(kind: PinKind, tries: number): void {
    this.#session.pins.setTriesLeft(kind, tries);
  }

  /** Whether a PIN is verified in the current session. */
  isVerified(kind: PinKind): boolean {
    return this.#session.pins.isVerified(kind);
  }

  #respond(bytes: Uint8Array): CardResponse {
    const apdu = parseCommandApdu(bytes);
    if (!apdu) return status(SW.WRONG_LENGTH);
    const cls = apdu.cla & 0xf0;
    if (cls !== 0x00 && cls !== 0x80) return status(SW.CLA_NOT_SUPPORTED);
    if (apdu.cla & 0x03) return status(SW.LOGICAL_CHANNEL_NOT_SUPPORTED);
    if (apdu.cla & 0x0c) return status(SW.SECURE_MESSAGING_NOT_SUPPORTED);
    if (apdu.extended && !this.#session.extendedLength) return status(SW.WRONG_LENGTH);
    const handler = (cls === 0x00 ? INTERINDUSTRY : PROPRIETARY).get(apdu.ins);
    return handler ? handler(this.#session, apdu) : this.#unknownInstruction(apdu);
  }

  #unknownInstruction(apdu: CommandApdu): CardResponse {
    // An INS the card knows under the other CLA is a class error, anything else an instruction error.
    const other = (apdu.cla & 0xf0) === 0x00 ? PROPRIETARY : INTERINDUSTRY;
    return status(other.has(apdu.ins) ? SW.CLA_NOT_SUPPORTED : SW.INS_NOT_SUPPORTED);
  }
}
