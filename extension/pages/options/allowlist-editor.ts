// SPDX-License-Identifier: MIT
/**
 * The allowlist editor: adding an origin asks the browser for its host permission (from this click, as browsers
 * require) and then saves it; removing drops the permission unless another entry still needs the same pattern.
 */
import browser from "webextension-polyfill";
import { DEFAULT_ALLOWED_ORIGINS, normalizeOrigin, originMatchPattern } from "../../settings/model/settings";
import { t } from "../../i18n/translate";
import { loadManagedSettings, loadUserSettings, saveUserSettings } from "../../settings/settings-store";

export function mountAllowlistEditor(
  list: HTMLElement,
  input: HTMLInputElement,
  add: HTMLElement,
  error: HTMLElement,
): void {
  const showError: ShowError = (text) => {
    error.hidden = text === null;
    error.textContent = text ?? "";
  };
  add.addEventListener("click", () => {
    const origin = normalizeOrigin(input.value.trim());
    if (origin === null) return showError(t("options.allowlistInvalid"));
    // permissions.request must be the first await after the click, or the browser refuses it.
    void browser.permissions
      .request({ origins: [originMatchPattern(origin)] })
      .then(async (granted) => {
        if (!granted) return showError(t("options.allowlistDenied"));
        const user = await loadUserSettings();
        await saveUserSettings({ allowlist: [...new Set([...(user.allowlist ?? []), origin])] });
        await browser.runtime.sendMessage({ type: "sync-content-scripts" });
        input.value = "";
        showError(null);
        await renderAllowlist(list, showError);
      })
      .catch(() => showError(t("options.allowlistFailed")));
  });
  void renderAllowlist(list, showError);
}

type ShowError = (text: string | null) => void;

async function renderAllowlist(list: HTMLElement, showError: ShowError): Promise<void> {
  const [user, managed] = await Promise.all([loadUserSettings(), loadManagedSettings()]);
  const rows: { origin: string; source: "default" | "policy" | "user" }[] = [
    ...DEFAULT_ALLOWED_ORIGINS.map((origin) => ({ origin, source: "default" as const })),
    ...(managed.allowlist ?? []).map((origin) => ({ origin, source: "policy" as const })),
    ...(user.allowlist ?? []).map((origin) => ({ origin, source: "user" as const })),
  ];
  const items = await Promise.all(
    rows.map(async ({ origin, source }) => {
      const item = document.createElement("li");
      item.dataset.origin = origin;
      const granted = await browser.permissions.contains({ origins: [originMatchPattern(origin)] });
      item.append(origin);
      if (source === "default") item.append(" ", t("options.allowlistDefault"));
      if (source === "policy") item.append(" ", t("options.allowlistPolicy"));
      if (!granted)
        item.append(
          " ",
          Object.assign(document.createElement("span"), {
            className: "bad",
            textContent: t("options.allowlistNoPermission"),
          }),
        );
      if (source === "policy" && !granted) {
        // A policy cannot grant host permissions: the user confirms once, from this click.
        const grant = Object.assign(document.createElement("button"), {
          type: "button",
          className: "grant",
          textContent: t("options.allowlistGrant"),
        });
        grant.addEventListener("click", () => {
          void browser.permissions
            .request({ origins: [originMatchPattern(origin)] })
            .then(async () => {
              await browser.runtime.sendMessage({ type: "sync-content-scripts" });
              await renderAllowlist(list, showError);
            })
            .catch(() => showError(t("options.allowlistFailed")));
        });
        item.append(" ", grant);
      }
      if (source === "user") {
        const remove = Object.assign(document.createElement("button"), {
          type: "button",
          textContent: t("options.allowlistRemove"),
        });
        remove.addEventListener("click", () => {
          void removeOrigin(origin)
            .then(() => renderAllowlist(list, showError))
            .catch(() => showError(t("options.allowlistFailed")));
        });
        item.append(" ", remove);
      }
      return item;
    }),
  );
  list.replaceChildren(...items);
}

async function removeOrigin(origin: string): Promise<void> {
  const user = await loadUserSettings();
  const remaining = (user.allowlist ?? []).filter((entry) => entry !== origin);
  await saveUserSettings({ allowlist: remaining });
  const stillNeeded = [...DEFAULT_ALLOWED_ORIGINS, ...remaining].some(
    (entry) => originMatchPattern(entry) === originMatchPattern(origin),
  );
  if (!stillNeeded) await browser.permissions.remove({ origins: [originMatchPattern(origin)] });
  await browser.runtime.sendMessage({ type: "sync-content-scripts" });
}
