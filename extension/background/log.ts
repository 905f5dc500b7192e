// SPDX-License-Identifier: MIT
/**
 * Diagnostics logging of the request flow (the `diagnosticsLogging` setting). Events carry ids, commands, codes and
 * origins only: never a PIN, a digest or card data.
 */
let enabled = false;

export function setDiagnosticsLogging(on: boolean): void {
  enabled = on;
}

export function logEvent(event: string, fields: Readonly<Record<string, string | number | boolean | null>>): void {
  if (enabled) console.info(`DIPS Companion: ${event}`, fields);
}
