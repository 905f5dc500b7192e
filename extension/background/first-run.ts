// SPDX-License-Identifier: MIT
/** The first-run guide: opened in a tab when the extension is first installed (not on updates or browser start). */
import browser from "webextension-polyfill";
import { GUIDE_PATH } from "../common/guide-path";

export function openGuideOnInstall(details: { reason: string }): void {
  if (details.reason !== "install") return;
  void browser.tabs.create({ url: browser.runtime.getURL(GUIDE_PATH) }).catch(() => undefined);
}
