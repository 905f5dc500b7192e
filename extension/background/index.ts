// SPDX-License-Identifier: MIT
/**
 * The background (Chromium service worker / Firefox background script): routes page requests to PIN sessions,
 * PIN windows to their sessions, and popup/options questions; keeps the content scripts in step with the allowlist.
 */
import browser, { type Runtime } from "webextension-polyfill";
import { PORT_NAMES, RuntimeRequestSchema, type PendingOperationReply } from "../protocol/extension";
import { USER_SETTINGS_KEY } from "../settings/settings-store";
import { CardQueue } from "./card-queue";
import { syncContentScripts } from "./content-scripts";
import { runDiagnostics } from "./diagnostics";
import { openGuideOnInstall } from "./first-run";
import { NativeHost } from "./native-host";
import { handlePageRequestPort } from "./page-request";
import { PinSessions } from "./pin-sessions";
import { listenForRegistrationCaptures } from "./registration-capture";
import { checkRenewalReminders, startRenewalReminders } from "./renewal-reminders";
import { startProfileFromCard } from "./profile-from-card";

const host = new NativeHost();
const sessions = new PinSessions(host, new CardQueue());

browser.runtime.onConnect.addListener((port) => {
  if (port.name === PORT_NAMES.pageRequest) handlePageRequestPort(port, sessions);
  else if (port.name === PORT_NAMES.pinWindow) sessions.connectWindow(port);
});

browser.windows.onRemoved.addListener((windowId) => sessions.windowClosed(windowId));

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || sender.tab?.url?.startsWith("http")) return undefined;
  const message = RuntimeRequestSchema.safeParse(raw);
  if (!message.success) return undefined;
  switch (message.data.type) {
    case "diagnostics":
      return runDiagnostics(host);
    case "sync-content-scripts":
      return syncContentScripts();
    case "pending-operation":
      return Promise.resolve(pendingOperation(message.data.tabId));
    case "profile-from-card":
      return startProfileFromCard(sessions);
  }
});

function pendingOperation(tabId: number): PendingOperationReply {
  const session = sessions.of(tabId);
  return session === undefined
    ? { operation: null, phase: null }
    : { operation: session.operation, phase: session.phase };
}

browser.storage.onChanged.addListener((changes, area) => {
  if (area === "managed" || (area === "local" && USER_SETTINGS_KEY in changes)) void syncContentScripts();
});
browser.permissions.onAdded.addListener(() => void syncContentScripts());
browser.permissions.onRemoved.addListener(() => void syncContentScripts());
browser.runtime.onInstalled.addListener((details) => {
  void syncContentScripts();
  openGuideOnInstall(details);
});
browser.runtime.onStartup.addListener(() => void syncContentScripts());

// The register of registrations: captures from DIPS-REG pages, renewal badge and notifications.
listenForRegistrationCaptures();
startRenewalReminders();
void checkRenewalReminders();
