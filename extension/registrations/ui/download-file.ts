// SPDX-License-Identifier: MIT
/** Saves text as a file through the browser's download of a Blob URL (what the profiles export does too). */
import { el } from "../../common/dom";

export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  el("a", { href: url, download: fileName }).click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
