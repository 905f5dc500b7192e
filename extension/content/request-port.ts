// SPDX-License-Identifier: MIT
/**
 * Carries one page request to the background on its own port and resolves with the background's answer. The port
 * stays open (with keepalives) until the answer, so the browser keeps the background running while the user types
 * the PIN; if the background goes away first, the answer is HOST_DISCONNECTED.
 */
import browser from "webextension-polyfill";
import {
  BackgroundToContentSchema,
  KEEPALIVE_INTERVAL_MS,
  PORT_NAMES,
  type BackgroundToContent,
  type PageSummary,
} from "../protocol/content-messages";
import type { PageRequest } from "../protocol/page";

export type Answer = BackgroundToContent | { type: "lost" };

/**
 * `signal`: the page went away; the port is closed at once, which ends the request in the background (its PIN window
 * closes, nothing more goes to the card), and the answer is "lost".
 */
export function requestViaBackground(
  request: PageRequest,
  pageSummary: PageSummary,
  signal?: AbortSignal,
): Promise<Answer> {
  return new Promise((resolve) => {
    const port = browser.runtime.connect({ name: PORT_NAMES.pageRequest });
    const keepalive = setInterval(() => port.postMessage({ type: "keepalive" }), KEEPALIVE_INTERVAL_MS);
    const settle = (answer: Answer): void => {
      clearInterval(keepalive);
      resolve(answer);
    };
    signal?.addEventListener(
      "abort",
      () => {
        port.disconnect();
        settle({ type: "lost" });
      },
      { once: true },
    );
    port.onMessage.addListener((raw: unknown) => {
      const answer = BackgroundToContentSchema.safeParse(raw);
      settle(answer.success ? answer.data : { type: "lost" });
      port.disconnect();
    });
    port.onDisconnect.addListener(() => settle({ type: "lost" }));
    port.postMessage({ type: "request", request, pageSummary });
  });
}
