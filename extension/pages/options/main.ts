// SPDX-License-Identifier: MIT
/** The options page: diagnostics, allowlist, behaviour settings and the profiles section. */
import { registerMessages } from "../../i18n/translate";
import { initLanguage } from "../shared/init-language";
import { showPageFailure } from "../shared/show-page-failure";
import { mountAllowlistEditor } from "./allowlist-editor";
import { runDiagnosticsView } from "./diagnostics-view";
import { guideButton } from "../shared/guide-button";
import { OPTIONS_MESSAGES } from "./messages";
import { mountProfilesIfAvailable } from "./profiles-mount";
import { mountRegisterTable } from "../../registrations/ui/register-table";
import { mountSettingsForm } from "./settings-form";
import { loadManagedPolicy, watchManagedPolicy } from "../../settings/managed-store";
import { POLICY_MESSAGES } from "./policy-messages";
import { lockedReason, renderPolicySection } from "./policy-view";

registerMessages(OPTIONS_MESSAGES);
registerMessages(POLICY_MESSAGES);

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`options element #${id} missing`);
  return found as T;
}

async function main(): Promise<void> {
  const resolved = await initLanguage();
  const policy = await loadManagedPolicy();
  renderPolicySection(element("policy"), policy);
  // Chromium delivers policy values seconds after start-up: show them as soon as they change.
  watchManagedPolicy((next) => {
    if (JSON.stringify(next) !== JSON.stringify(policy)) location.reload();
  }, new AbortController().signal);
  mountSettingsForm(resolved, lockedReason(policy));
  mountAllowlistEditor(
    element("allowlist-list"),
    element<HTMLInputElement>("allowlist-input"),
    element("allowlist-add"),
    element("allowlist-error"),
  );
  element("diagnostics").append(guideButton("options-open-guide"));
  const diagnostics = element("diagnostics-list");
  element("diagnostics-run").addEventListener("click", () => void runDiagnosticsView(diagnostics));
  await mountProfilesIfAvailable(element("profiles-mount"));
  const registerSection = element("register-section");
  await mountRegisterTable(registerSection).catch((error: unknown) => showPageFailure(error, registerSection));
  await runDiagnosticsView(diagnostics);
}

main().catch((error: unknown) => showPageFailure(error));
