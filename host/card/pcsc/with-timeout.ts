// SPDX-License-Identifier: MIT
import { CompanionError } from "../../../shared/errors/companion-error";

/**
 * Races a PC/SC call against a timer: CARD_TIMEOUT after `ms`. PC/SC has no timeout of its own and a hung reader or
 * card blocks pcscd calls indefinitely (docs/ref/pcsc-testing.md), so every call goes through this. `onTimeout` lets
 * the caller drop the connection the hung call belongs to.
 */
export function withTimeout<T>(call: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      hungCalls++;
      onTimeout();
      reject(new CompanionError("CARD_TIMEOUT"));
    }, ms);
    const settle = (): void => {
      clearTimeout(timer);
      if (timedOut) hungCalls--;
    };
    call.then(
      (value) => {
        settle();
        resolve(value);
      },
      (error: unknown) => {
        settle();
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

let hungCalls = 0;

/** Lets a PC/SC call run on without waiting for it (counted like a hung call until it returns). */
export function abandon(call: Promise<unknown>): void {
  hungCalls++;
  const settle = (): void => {
    hungCalls--;
  };
  call.then(settle, settle);
}

/**
 * PC/SC calls that timed out and have not returned yet. Each pins a libuv pool thread, and Node joins the pool on
 * exit, so the host must not wait for a normal exit while this is above zero.
 */
export function hungPcscCalls(): number {
  return hungCalls;
}
