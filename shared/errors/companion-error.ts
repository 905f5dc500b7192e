// SPDX-License-Identifier: MIT
import * as z from "zod/mini";
import { ERROR_CATALOGUE, ERROR_CODES, type ErrorCode } from "./catalogue";

/** The serialized form of an error on every hop: a stable code, plus tries left where a PIN was involved. */
export const WireErrorSchema = z.strictObject({
  code: z.enum(ERROR_CODES),
  /** Tries left on the PIN concerned (PIN_WRONG, PIN_LAST_TRY_UNCONFIRMED, PIN_BLOCKED = 0). */
  triesLeft: z.optional(z.int().check(z.minimum(0), z.maximum(15))),
});
export type WireError = z.infer<typeof WireErrorSchema>;

/** An error with a catalogue code. Its message is the English catalogue text; it never carries a PIN. */
export class CompanionError extends Error {
  override readonly name = "CompanionError";

  constructor(
    readonly code: ErrorCode,
    readonly triesLeft?: number,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${ERROR_CATALOGUE[code].en}`, options);
  }

  get retriable(): boolean {
    return ERROR_CATALOGUE[this.code].retriable;
  }

  toWire(): WireError {
    return this.triesLeft === undefined ? { code: this.code } : { code: this.code, triesLeft: this.triesLeft };
  }

  static fromWire(wire: WireError): CompanionError {
    return new CompanionError(wire.code, wire.triesLeft);
  }
}

/** Whatever was thrown, as a CompanionError (anything unexpected becomes HOST_INTERNAL, keeping the cause). */
export function toCompanionError(error: unknown, fallback: ErrorCode = "HOST_INTERNAL"): CompanionError {
  return error instanceof CompanionError ? error : new CompanionError(fallback, undefined, { cause: error });
}
