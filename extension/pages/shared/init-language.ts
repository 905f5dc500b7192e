// SPDX-License-Identifier: MIT
/**
 * Sets the UI language of an extension page from the settings (or the browser) and the OS whose error texts it shows,
 * and translates its static text.
 */
import { platformHostOs } from "../../common/install-steps";
import { resolveLanguage, setLanguage, setPlatformOs, translateDocument } from "../../i18n/translate";
import { readSettings } from "../../settings/settings-store";
import type { ResolvedSettings } from "../../settings/resolve-settings";

export async function initLanguage(): Promise<ResolvedSettings> {
  const [resolved, os] = await Promise.all([readSettings(), platformHostOs()]);
  setPlatformOs(os);
  setLanguage(resolveLanguage(resolved.settings.language, navigator.language));
  translateDocument();
  return resolved;
}
