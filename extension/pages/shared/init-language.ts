// SPDX-License-Identifier: MIT
/** Sets the UI language of an extension page from the settings (or the browser) and translates its static text. */
import { resolveLanguage, setLanguage, translateDocument } from "../../i18n/translate";
import { readSettings } from "../../settings/settings-store";
import type { ResolvedSettings } from "../../settings/resolve-settings";

export async function initLanguage(): Promise<ResolvedSettings> {
  const resolved = await readSettings();
  setLanguage(resolveLanguage(resolved.settings.language, navigator.language));
  translateDocument();
  return resolved;
}
