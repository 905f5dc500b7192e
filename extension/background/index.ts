// SPDX-License-Identifier: MIT
/**
 * The background (Chromium service worker / Firefox background script): routes page requests to PIN sessions,
 * PIN windows to their sessions, and popup/options questions; keeps the content scripts in step with the allowlist.
 */
import browser, { type Runtime } from "webextension-polyfill";
import {
  PORT_NAMES,
  PinWindowToBackgroundSchema,
  RuntimeRequestSchema,
  type PendingOperationReply,
} from "../../shared/protocol/extension";
import { USER_SETTINGS_KEY } from "../settings/settings-store";
import { CardQueue } from "./card-queue";
import { syncContentScripts } from "./content-scripts";
import { runDiagnostics } from "./diagnostics";
import { openGuideOnInstall } from "./first-run";
import { NativeHost } from "./native-host";
import { handlePageRequestPort, type BridgeContext } from "./page-request";
import { listenForRegistrationCaptures } from "./registration-capture";
import { checkRenewalReminders, startRenewalReminders } from "./renewal-reminders";
import { startProfileFromCard } from "./profile-from-card";

const context: BridgeContext = { host: new NativeHost(), queue: new CardQueue(), sessions: new Map() };

browser.runtime.onConnect.addListener((port) => {
  if (port.name === PORT_NAMES.pageRequest) handlePageRequestPort(port, context);
  else if (port.name === PORT_NAMES.pinWindow) attachPinWindow(port);
});

/** A PIN window introduces itself with its request id; windows of unknown (finished) requests are closed. */
function attachPinWindow(port: Runtime.Port): void {
  const onHello = (raw: unknown): void => {
    const message = PinWindowToBackgroundSchema.safeParse(raw);
    if (!message.success || message.data.type !== "hello") return;
    port.onMessage.removeListener(onHello);
    const entry = context.sessions.get(message.data.requestId);
    if (entry === undefined) port.disconnect();
    else entry.session.attachWindow(port);
  };
  port.onMessage.addListener(onHello);
}

browser.windows.onRemoved.addListener((windowId) => {
  for (const { session } of context.sessions.values()) session.windowClosed(windowId);
});

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || sender.tab?.url?.startsWith("http")) return undefined;
  const message = RuntimeRequestSchema.safeParse(raw);
  if (!message.success) return undefined;
  switch (message.data.type) {
    case "diagnostics":
      return runDiagnostics(context.host);
    case "sync-content-scripts":
      return syncContentScripts();
    case "pending-operation":
      return Promise.resolve(pendingOperation(message.data.tabId));
    case "profile-from-card":
      return startProfileFromCard(context);
  }
});

function pendingOperation(tabId: number): PendingOperationReply {
  for (const entry of context.sessions.values()) {
    if (entry.tabId === tabId) return { operation: entry.session.operation, phase: entry.session.phase };
  }
  return { operation: null, phase: null };
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
