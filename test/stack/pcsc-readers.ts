// SPDX-License-Identifier: MIT
/** Waiting for pcscd to list readers and for cards to come and go, by probing with connects (no watching thread). */
import { pollUntil } from "../support/poll-until";
import { probeReader, type ReaderProbe } from "./pcsc-native";

function poll<T>(attempt: () => Promise<T | undefined>, timeoutMs: number, describe: () => string): Promise<T> {
  return pollUntil(attempt, (result): result is T => result !== undefined, {
    timeoutMs,
    intervalMs: 50,
    failure: describe,
  });
}

/** Resolves when pcscd lists every one of `names` (probed with connects; no status threads). */
export async function waitForReaders(names: readonly string[], timeoutMs: number): Promise<void> {
  let missing: string[] = [...names];
  let lastProbe: ReaderProbe | undefined;
  await poll(
    async () => {
      const probes = await Promise.all(missing.map(async (name) => [name, await probeReader(name)] as const));
      lastProbe = probes.find(([, probe]) => probe === "no-service" || probe === "unknown-reader")?.[1];
      missing = probes
        .filter(([, probe]) => probe === "no-service" || probe === "unknown-reader")
        .map(([name]) => name);
      return missing.length === 0 ? true : undefined;
    },
    timeoutMs,
    () => `pcscd does not list ${missing.join(", ")} (${lastProbe ?? "?"}) after ${timeoutMs} ms`,
  );
}

/**
 * Resolves when the reader has a card (`true`: a shared connect succeeds or is refused for sharing) or has none
 * (`false`: pcscd answers SCARD_E_NO_SMARTCARD). Probes every 50 ms without status threads.
 */
export async function waitForCardPresence(readerName: string, present: boolean, timeoutMs: number): Promise<void> {
  let last: ReaderProbe | undefined;
  await poll(
    async () => {
      last = await probeReader(readerName);
      return last === (present ? "card" : "empty") ? true : undefined;
    },
    timeoutMs,
    () =>
      `reader "${readerName}": card still ${present ? "absent" : "present"} after ${timeoutMs} ms (last probe: ${last ?? "?"})`,
  );
}
