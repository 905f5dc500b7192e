// SPDX-License-Identifier: MIT
/**
 * The one way tests, drivers and benchmarks wait for something that has no event to wait on: read, check, sleep,
 * until the check holds or the time is up. A fixed sleep in their place either waits too long or not long enough on
 * a loaded machine.
 */

export interface PollOptions<T> {
  /** Give up after this long (default 20 s); the last read still counts if it lands in time. */
  readonly timeoutMs?: number;
  /** Pause between reads (default 200 ms). */
  readonly intervalMs?: number;
  /** The error message once the time is up, from the last value read. */
  readonly failure?: (last: T) => string;
}

/** Reads until `done` holds for the value read (then returns that value); throws once `timeoutMs` has passed. */
export async function pollUntil<T, U extends T>(
  read: () => Promise<T> | T,
  done: (value: T) => value is U,
  options?: PollOptions<T>,
): Promise<U>;
export async function pollUntil<T>(
  read: () => Promise<T> | T,
  done: (value: T) => boolean,
  options?: PollOptions<T>,
): Promise<T>;
export async function pollUntil<T>(
  read: () => Promise<T> | T,
  done: (value: T) => boolean,
  options: PollOptions<T> = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(options.failure?.(value) ?? `still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 200));
  }
}
