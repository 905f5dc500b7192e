// SPDX-License-Identifier: MIT
/**
 * A text that names the download page (shared/extension-ids.ts), as DOM nodes with the address made a link that
 * opens in a new tab: the install and update steps of the first-run guide, the options page and the PIN window.
 */
import { DOWNLOAD_PAGE_URL } from "../../../shared/extension-ids";

export function withDownloadLink(text: string): (Node | string)[] {
  const at = text.indexOf(DOWNLOAD_PAGE_URL);
  if (at < 0) return [text];
  const link = Object.assign(document.createElement("a"), {
    href: DOWNLOAD_PAGE_URL,
    target: "_blank",
    rel: "noopener noreferrer",
    textContent: DOWNLOAD_PAGE_URL,
  });
  return [text.slice(0, at), link, text.slice(at + DOWNLOAD_PAGE_URL.length)].filter((part) => part !== "");
}
