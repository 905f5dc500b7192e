// SPDX-License-Identifier: MIT
/**
 * The register's capture (content script, top frame, allowlisted origins only, `document_idle`): when the page
 * shows registrations (DIPS-REG's list of registered UAs, the application status), sends them to the background.
 * DIPS-REG issues a mark only after the fee is paid, so the completion page shows none and is not read. Read-only:
 * it never clicks, fills or submits anything, and sends nothing from a page that shows no registration.
 */
import browser from "webextension-polyfill";
import type { RegistrationsSeen } from "../protocol/registration-capture";
import { readRegistrations } from "./registration-reader";

function seenOnThisPage(): RegistrationsSeen | null {
  const registrations = readRegistrations(document, 500);
  if (registrations.length === 0) return null;
  // Application ids are shown on the status page only.
  const page = registrations.some((entry) => entry.applicationId !== undefined) ? "status" : "list";
  return { type: "registrations-seen", page, registrations };
}

if (window.top === window) {
  const seen = seenOnThisPage();
  if (seen !== null) browser.runtime.sendMessage(seen).catch(() => undefined);
}
