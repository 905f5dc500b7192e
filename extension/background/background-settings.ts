// SPDX-License-Identifier: MIT
/** The effective settings as the background uses them, with the UI language resolved for error texts. */
import type { Language } from "../../shared/errors/catalogue";
import type { Settings } from "../settings/model/settings";
import { resolveLanguage } from "../i18n/translate";
import { readSettings } from "../settings/settings-store";
import { setDiagnosticsLogging } from "./log";

export async function readBackgroundSettings(): Promise<{ settings: Settings; language: Language }> {
  const { settings } = await readSettings();
  setDiagnosticsLogging(settings.diagnosticsLogging);
  return { settings, language: resolveLanguage(settings.language, navigator.language) };
}
