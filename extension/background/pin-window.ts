// SPDX-License-Identifier: MIT
/** Opening and closing the PIN window: an extension page in its own small popup window, never the web page. */
import browser from "webextension-polyfill";

export const PIN_WINDOW_PATH = "pages/pin/index.html";

export async function openPinWindow(requestId: string): Promise<number> {
  const url = browser.runtime.getURL(`${PIN_WINDOW_PATH}?request=${encodeURIComponent(requestId)}`);
  const created = await browser.windows.create({ url, type: "popup", width: 460, height: 640, focused: true });
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
