// SPDX-License-Identifier: MIT
/**
 * Where and how the PIN window opens. Apart from pin-window.ts (no browser API here) so that the bench can open a
 * blank page in exactly the same kind of window and measure the browser's own part of showing one.
 */
export const PIN_WINDOW_PATH = "pages/pin/index.html";

/** A small popup window of its own, focused: never a tab the page could sit beside. */
export const PIN_WINDOW_SHAPE = { type: "popup", width: 460, height: 640, focused: true } as const;
