// SPDX-License-Identifier: MIT
/**
 * The visible countdown to the request's timeout (the background's `expiresAt`: DIPS-REG's 5 minutes). The window
 * only shows it; the background ends the request when it runs out, and the window then closes. Screen readers are
 * not told every second (the text is not live); the input's description carries it for when they ask.
 */
import type { PinWindowView } from "../../protocol/extension";
import { t } from "../../i18n/translate";

/** Below this, the countdown is drawn as a warning. */
const LOW_MS = 60_000;

/** "4:59" for 299 s. */
export function formatRemaining(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

export class Countdown {
  private timer: ReturnType<typeof setInterval> | undefined;
  private expiresAt: number | undefined;

  constructor(private readonly element: HTMLElement) {}

  /** Follows the view: counts while the user is asked for the PIN, hidden otherwise. */
  update(view: PinWindowView): void {
    this.expiresAt = view.expiresAt;
    const counting = view.expiresAt !== undefined && view.phase !== "done" && view.phase !== "failed";
    this.element.hidden = !counting;
    if (!counting) return this.stop();
    this.tick();
    this.timer ??= setInterval(() => this.tick(), 1000);
  }

  private tick(): void {
    if (this.expiresAt === undefined) return;
    const left = this.expiresAt - Date.now();
    this.element.textContent = t("pin.countdown", { time: formatRemaining(left) });
    this.element.dataset.low = String(left < LOW_MS);
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
