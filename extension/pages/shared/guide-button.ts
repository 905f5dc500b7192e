// SPDX-License-Identifier: MIT
/** A button that opens the first-run guide in a tab (popup and options page). */
import browser from "webextension-polyfill";
import { GUIDE_PATH } from "../../common/guide-path";
import { registerMessages, t } from "../../i18n/translate";
import { el } from "../../common/dom";
import { GUIDE_MESSAGES } from "../guide/guide-messages";

registerMessages(GUIDE_MESSAGES);

export function guideButton(id: string): HTMLElement {
  const button = el("button", { type: "button", id }, t("guide.open"));
  button.addEventListener("click", () => void browser.tabs.create({ url: browser.runtime.getURL(GUIDE_PATH) }));
  return button;
}
