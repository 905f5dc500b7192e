// SPDX-License-Identifier: MIT
/**
 * The toolbar popup: this tab's status (allowlisted? another card app? pending operation?), the coexistence
 * choice, a link to the options page, and the prefill panel.
 */
import browser from "webextension-polyfill";
import { PendingOperationReplySchema, TabStatusSchema, type TabStatus } from "../../protocol/extension";
import { registerMessages, t } from "../../i18n/translate";
import { saveUserSettings } from "../../settings/settings-store";
import { mountPrefillPanel } from "../../prefill/prefill-panel";
import { fromCardButton } from "../../profiles/ui/from-card-button";
import { guideButton } from "../shared/guide-button";
import { mountRegisterList } from "../../registrations/ui/popup-list";
import { initLanguage } from "../shared/init-language";
import { showPageFailure } from "../shared/show-page-failure";
import { POPUP_MESSAGES } from "./messages";

registerMessages(POPUP_MESSAGES);

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`popup element #${id} missing`);
  return element;
}

/** The tab to describe: `?tab=<id>` (tests open the popup as a page), else the active tab. */
async function targetTab(): Promise<browser.Tabs.Tab | undefined> {
  const requested = Number(new URLSearchParams(location.search).get("tab"));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

async function tabStatus(tabId: number): Promise<TabStatus | null> {
  try {
    const parsed = TabStatusSchema.safeParse(await browser.tabs.sendMessage(tabId, { type: "tab-status" }));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // No bridge in this tab: not an allowlisted page.
  }
}

async function main(): Promise<void> {
  await initLanguage();
  const prefillPanel = byId("prefill-panel");
  mountPrefillPanel(prefillPanel).catch((error: unknown) => showPageFailure(error, prefillPanel));
  byId("profile-tools").append(
    fromCardButton("popup-from-card", () => void mountPrefillPanel(prefillPanel).catch(() => undefined)),
    guideButton("popup-open-guide"),
  );
  const registerSection = byId("register-section");
  mountRegisterList(registerSection).catch((error: unknown) => showPageFailure(error, registerSection));
  byId("open-options").addEventListener("click", () => void browser.runtime.openOptionsPage());
  const tab = await targetTab();
  if (tab?.id === undefined) return;
  const status = await tabStatus(tab.id);
  byId("tab-origin").textContent = status?.origin ?? (tab.url === undefined ? "—" : new URL(tab.url).origin);
  byId("tab-allowed").textContent =
    status?.allowlisted !== true
      ? t("popup.allowedNo")
      : status.answering
        ? t("popup.allowedYes")
        : t("popup.allowedStepAside");
  if (status?.otherAppPresent === true) {
    const notice = byId("coexistence-notice");
    notice.hidden = false;
    notice.textContent = status.answering ? t("popup.otherAppAnswering") : t("popup.otherApp");
    const choose = byId("choose-companion");
    choose.hidden = status.answering;
    choose.addEventListener("click", () => {
      void saveUserSettings({ coexistence: "answer" })
        .then(() => browser.tabs.reload(tab.id))
        .then(() => window.close())
        .catch(() => (notice.textContent = t("popup.chooseFailed")));
    });
  }
  const pending = PendingOperationReplySchema.parse(
    await browser.runtime.sendMessage({ type: "pending-operation", tabId: tab.id }),
  );
  byId("tab-pending").textContent =
    pending.operation === null ? t("popup.pendingNone") : t(`popup.op.${pending.operation}`);
}

main().catch((error: unknown) => showPageFailure(error));
