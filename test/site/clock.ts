// SPDX-License-Identifier: MIT
/**
 * The practice site's notion of "now". Certificate validity and challenge expiry read it, so tests can move time
 * forward (e.g. past the 5-minute window of step ④) without waiting.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that follows real time plus an offset the tests can grow. */
export class AdjustableClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Move "now" forward (or back, with a negative value). */
  advance(ms: number): void {
    this.offsetMs += ms;
  }

  get offset(): number {
    return this.offsetMs;
  }
}
