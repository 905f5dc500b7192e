// SPDX-License-Identifier: MIT
/** Opening and closing the PIN window: an extension page in its own small popup window, never the web page. */
import browser from "webextension-polyfill";
import { PIN_WINDOW_PATH, PIN_WINDOW_SHAPE } from "./pin-window-shape";

export async function openPinWindow(requestId: string): Promise<number> {
  const url = browser.runtime.getURL(`${PIN_WINDOW_PATH}?request=${encodeURIComponent(requestId)}`);
  const created = await browser.windows.create({ url, ...PIN_WINDOW_SHAPE });
  if (created.id === undefined) throw new Error("the browser did not return the PIN window's id");
  return created.id;
}

export async function closePinWindow(windowId: number): Promise<void> {
  try {
    await browser.windows.remove(windowId);
  } catch {
    // Already closed by the user.
  }
}
