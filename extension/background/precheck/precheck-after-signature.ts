// SPDX-License-Identifier: MIT
/**
 * For the background, after a mode-02 signature with the card's basic 4 facts (`holder` of SignResult): when this
 * tab was prefilled from a saved owner whose name, address or birth date differ from the card's, a small window
 * shows the differences and offers to update the profile, so DIPS-REG's step ③ (replace and sign again) does not
 * recur next time. Resolves with what it found; never rejects.
 */
import browser from "webextension-polyfill";
import type { Basic4 } from "../../../shared/basic4";
import { normalizeOrigin } from "../../settings/model/settings";
import { localArea, sessionArea } from "../../vault/storage-area";
import { runPrecheck, type PrecheckOutcome } from "./run-precheck";

export type { PrecheckOutcome } from "./run-precheck";

export function precheckAfterSignature(tabId: number, holder: Basic4): Promise<PrecheckOutcome> {
  return runPrecheck(tabId, holder, {
    local: localArea(),
    session: sessionArea(),
    tabOrigin: async (id) => {
      const url = (await browser.tabs.get(id)).url;
      return url === undefined ? undefined : (normalizeOrigin(url) ?? undefined);
    },
    openWindow: async (pendingId) => {
      const url = browser.runtime.getURL(`pages/precheck/index.html?id=${pendingId}`);
      await browser.windows.create({ type: "popup", url, width: 560, height: 520 });
    },
  });
}
