// SPDX-License-Identifier: MIT
/**
 * The register's capture (content script, top frame, allowlisted origins only, `document_idle`): when the page is
 * DIPS-REG's completion or application-status page, sends the registrations it shows to the background. Read-only:
 * it never clicks, fills or submits anything, and sends nothing from any other page.
 */
import browser from "webextension-polyfill";
import type { RegistrationsSeen } from "../../shared/protocol/registration-capture";
import { readCompletionPage, readStatusTables } from "./registration-reader";

function seenOnThisPage(): RegistrationsSeen | null {
  const completion = readCompletionPage(document);
  if (completion.length > 0) return { type: "registrations-seen", page: "completion", registrations: completion };
  const status = readStatusTables(document);
  if (status.length > 0) return { type: "registrations-seen", page: "status", registrations: status.slice(0, 500) };
  return null;
}

if (window.top === window) {
  const seen = seenOnThisPage();
  if (seen !== null) browser.runtime.sendMessage(seen).catch(() => undefined);
}
