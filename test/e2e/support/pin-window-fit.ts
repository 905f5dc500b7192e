// SPDX-License-Identifier: MIT
/**
 * The PIN window at its real size (background/pin-window-shape.ts): puppeteer emulates 800×600 for every page it
 * attaches to, so a test sets the window's own size before it measures or takes a screenshot.
 */
import type { Page } from "puppeteer-core";
import { PIN_WINDOW_SHAPE } from "../../../extension/background/pin-window-shape";

/**
 * Room the browser's own frame (title bar) takes from the window's height: the content must fit in what is left,
 * so OK is in view without scrolling however the desktop draws the frame.
 */
export const WINDOW_FRAME_PX = 40;

export async function useRealPinWindowSize(page: Page): Promise<void> {
  await page.setViewport({ width: PIN_WINDOW_SHAPE.width, height: PIN_WINDOW_SHAPE.height });
}

/** Where OK's bottom edge is, and the height it must stay within. */
export async function okPosition(page: Page): Promise<{ bottom: number; right: number; limit: number; width: number }> {
  const { bottom, right } = await page.$eval("#submit", (button) => {
    const rect = button.getBoundingClientRect();
    return { bottom: rect.bottom + window.scrollY, right: rect.right + window.scrollX };
  });
  return { bottom, right, limit: PIN_WINDOW_SHAPE.height - WINDOW_FRAME_PX, width: PIN_WINDOW_SHAPE.width };
}
