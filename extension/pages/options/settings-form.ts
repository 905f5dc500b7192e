// SPDX-License-Identifier: MIT
/** The behaviour settings: each control saves on change; keys fixed by policy are shown read-only. */
import { PrefillSelectorOverridesSchema, type PartialSettings, type Settings } from "../../settings/model/settings";
import { t } from "../../i18n/translate";
import type { ResolvedSettings } from "../../settings/resolve-settings";
import { saveUserSettings } from "../../settings/settings-store";

function control<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`options element #${id} missing`);
  return element as T;
}

/** `lockReason`: shown next to every control a policy fixes (see policy-view.ts). */
export function mountSettingsForm(
  { settings, managedKeys }: ResolvedSettings,
  lockReason: string = t("options.managed"),
): void {
  const status = control("settings-status");
  /** Resolves true once saved; a failure is shown, never dropped. */
  const save = async (changes: PartialSettings): Promise<boolean> => {
    try {
      await saveUserSettings(changes);
      status.textContent = t("options.saved");
      return true;
    } catch {
      status.textContent = t("options.saveFailed");
      return false;
    }
  };
  const lock = (element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, key: keyof Settings): void => {
    if (!managedKeys.has(key)) return;
    element.disabled = true;
    element.title = lockReason;
    element.dataset.managed = "true";
    const note = Object.assign(document.createElement("span"), {
      className: "muted managed-reason",
      textContent: lockReason,
    });
    element.insertAdjacentElement("afterend", note);
  };

  const language = control<HTMLSelectElement>("setting-language");
  language.value = settings.language;
  lock(language, "language");
  language.addEventListener("change", () => {
    void save({ language: language.value as Settings["language"] }).then((saved) => saved && location.reload());
  });

  const coexistence = control<HTMLSelectElement>("setting-coexistence");
  coexistence.value = settings.coexistence;
  lock(coexistence, "coexistence");
  coexistence.addEventListener(
    "change",
    () => void save({ coexistence: coexistence.value as Settings["coexistence"] }),
  );

  const linux = control<HTMLInputElement>("setting-linux-platform");
  linux.checked = settings.linuxPlatformOverride;
  lock(linux, "linuxPlatformOverride");
  linux.addEventListener("change", () => void save({ linuxPlatformOverride: linux.checked }));

  const reader = control<HTMLInputElement>("setting-reader");
  reader.value = settings.readerName ?? "";
  lock(reader, "readerName");
  reader.addEventListener("change", () => {
    void save({ readerName: reader.value.trim() === "" ? null : reader.value.trim() });
  });

  const logging = control<HTMLInputElement>("setting-logging");
  logging.checked = settings.diagnosticsLogging;
  lock(logging, "diagnosticsLogging");
  logging.addEventListener("change", () => void save({ diagnosticsLogging: logging.checked }));

  const selectors = control<HTMLTextAreaElement>("setting-selectors");
  selectors.value = JSON.stringify(settings.prefillSelectors, null, 2);
  lock(selectors, "prefillSelectors");
  selectors.addEventListener("change", () => {
    let parsed;
    try {
      parsed = PrefillSelectorOverridesSchema.safeParse(JSON.parse(selectors.value));
    } catch {
      parsed = null;
    }
    if (parsed?.success) void save({ prefillSelectors: parsed.data });
    else status.textContent = t("options.selectorsInvalid");
  });
}
