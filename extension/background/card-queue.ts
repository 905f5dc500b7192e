// SPDX-License-Identifier: MIT
/**
 * One card operation at a time, across tabs: a request waits for the ones before it, from opening its PIN window
 * until its reply. Waiting requests learn when their turn comes (their PIN window says "waiting" until then).
 *
 * The queue is bounded: at most `maxWaiting` requests wait behind the running one. Each waiting request has a PIN
 * window open that asks for a password, so a longer line only means more windows a user cannot tell apart.
 */
import { CompanionError } from "../../shared/errors/companion-error";

/** Requests that may wait behind the running one (docs/security.md, "Cannot flood the user with PIN windows"). */
export const MAX_WAITING_REQUESTS = 3;

export class CardQueue {
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;

  constructor(private readonly maxWaiting = MAX_WAITING_REQUESTS) {}

  /** Requests that are running or waiting. */
  get length(): number {
    return this.waiting;
  }

  /** No room for another request: the running one and `maxWaiting` behind it. */
  get full(): boolean {
    return this.waiting > this.maxWaiting;
  }

  /**
   * Runs `operation` after every earlier one has finished (fulfilled or rejected). Throws CARD_BUSY at once, without
   * running it, when the queue is full.
   */
  run<T>(operation: () => Promise<T>): Promise<T> {
    if (this.full) throw new CompanionError("CARD_BUSY");
    this.waiting++;
    const result = this.tail.then(operation);
    this.tail = result.then(
      () => this.release(),
      () => this.release(),
    );
    return result;
  }

  private release(): void {
    this.waiting--;
  }
}
