// SPDX-License-Identifier: MIT
/**
 * One card operation at a time, across tabs: a request waits for the ones before it, from opening its PIN window
 * until its reply. Waiting requests learn when their turn comes (their PIN window says "waiting" until then).
 */
export class CardQueue {
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;

  /** Requests that are running or waiting. */
  get length(): number {
    return this.waiting;
  }

  /** Runs `operation` after every earlier one has finished (fulfilled or rejected). */
  run<T>(operation: () => Promise<T>): Promise<T> {
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
