// SPDX-License-Identifier: MIT
import { appendFileSync } from "node:fs";
import type { ErrorCode } from "../../shared/errors/catalogue";

/**
 * The only fields a log line may carry: ids, commands, codes, timings. The type is closed on purpose so that a PIN
 * or personal data (names, addresses, certificates) cannot be passed in by accident.
 */
export interface LogFields {
  event: string;
  id?: string | null;
  command?: string;
  code?: ErrorCode;
  ms?: number;
  bytes?: number;
  apdus?: number;
}

export interface HostLogger {
  event(fields: LogFields): void;
  /** An unexpected failure: only the error's class and PC/SC-style message, cut short. */
  failure(error: unknown): void;
}

/** Logging is off by default (host config `log.enabled`). */
export const SILENT_LOGGER: HostLogger = { event: () => undefined, failure: () => undefined };

/** Appends JSON lines to `file`. A failing log write never breaks a card operation. */
export function fileLogger(file: string): HostLogger {
  const append = (line: object): void => {
    try {
      appendFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), ...line })}\n`, { mode: 0o600 });
    } catch {
      // The log is a diagnostic aid; losing a line is better than failing the user's request.
    }
  };
  return {
    event: (fields) => append(fields),
    failure: (error) =>
      append({
        event: "internal-error",
        error: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : typeof error,
      }),
  };
}
