// SPDX-License-Identifier: MIT
/**
 * The page bridge (content script, top frame, registered only on allowlisted origins): adds the detection inputs
 * and answers `launchApp` through the background — unless another card app answers on the page and the user has
 * not chosen this extension. Answers the popup's tab-status question either way.
 */
import browser from "webextension-polyfill";
import { TabStatusRequestSchema, type TabStatus } from "../protocol/content-messages";
import type { Language } from "../../shared/errors/catalogue";
import { resolveLanguage } from "../i18n/translate";
import { readSettings } from "../settings/settings-store";
import { bridgeFailure } from "./bridge-failure";
import { appDetectionValue } from "../protocol/page";
import { addDetectionInputs, otherAppInputsPresent, removeDetectionInputs } from "./detection-inputs";
import { listenForLaunches, parseLaunchDetail, sendReply } from "./page-channel";
import { readPageSummary } from "./page-summary";
import { requestViaBackground } from "./request-port";

async function main(): Promise<void> {
  if (window.top !== window) return;
  const { settings } = await readSettings();
  const language = resolveLanguage(settings.language, navigator.language);
  const status: TabStatus = {
    origin: location.origin,
    allowlisted: settings.allowlist.includes(location.origin),
    otherAppPresent: otherAppInputsPresent(document),
    answering: false,
  };
  browser.runtime.onMessage.addListener((raw: unknown) =>
    TabStatusRequestSchema.safeParse(raw).success ? Promise.resolve(status) : undefined,
  );
  if (!status.allowlisted) return;
  const stepAside = (): boolean => settings.coexistence === "step-aside" && status.otherAppPresent;
  if (stepAside()) return;

  const answering = new AbortController();
  status.answering = true;
  const firefox = browser.runtime.getURL("").startsWith("moz-extension:");
  addDetectionInputs(document, appDetectionValue(firefox ? "firefox" : "chromium", navigator.userAgent));
  listenForLaunches(document, (detail) => void answer(detail, language), answering.signal);
  // A page that goes away (closed, reloaded, navigated, or put in the back-forward cache) ends its requests: the
  // background closes their PIN windows and nothing more goes to the card. `pagehide` rather than the official
  // script's `beforeunload`: it also fires for a page kept in the back-forward cache (whose port stays open), and a
  // page cannot cancel it (a "leave this page?" prompt the user answers with "stay" would otherwise end a request
  // the page still waits for).
  window.addEventListener("pagehide", () => {
    for (const request of inFlight) request.abort();
  });
  // Another app may add its inputs after ours; in step-aside mode leave the page to it from then on.
  const observer = new MutationObserver(() => {
    if (!otherAppInputsPresent(document)) return;
    status.otherAppPresent = true;
    if (!stepAside()) return;
    status.answering = false;
    answering.abort();
    removeDetectionInputs(document);
    observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

/** Requests of this page still waiting for their answer. */
const inFlight = new Set<AbortController>();

async function answer(detail: unknown, language: Language): Promise<void> {
  const parsed = parseLaunchDetail(detail, language);
  if (!parsed.ok) return sendReply(document, parsed.reply);
  const request = new AbortController();
  inFlight.add(request);
  const answer = await requestViaBackground(parsed.request, readPageSummary(document), request.signal);
  inFlight.delete(request);
  // A page that went away gets no reply (a page restored from the back-forward cache asks again).
  if (request.signal.aborted) return;
  if (answer.type === "reply") sendReply(document, answer.reply);
  else if (answer.type === "lost") {
    sendReply(document, bridgeFailure(parsed.request.mode, "HOST_DISCONNECTED", language));
  }
}

void main();
