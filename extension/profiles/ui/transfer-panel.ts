// SPDX-License-Identifier: MIT
/**
 * Import (JSON profile sets of any version, or a CSV of UAs) and export (JSON). A file is checked completely
 * before anything is saved; a rejected file changes nothing and its reasons are listed.
 */
import type { ProfileSet } from "../model/profiles";
import { t } from "../../i18n/translate";
import { loadManagedPolicy } from "../../settings/managed-store";
import { exportProfilesJson, importProfilesJson } from "../json-transfer";
import { el } from "../../common/dom";
import type { ProfileStore } from "../profile-store";
import { importUaCsv } from "../ua-csv-import";

/** Files larger than this are refused before reading (bytes). */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

/**
 * @param changed called after a successful import with the message to show once the section is drawn again
 * @param notice that message, on the redrawn section
 */
export function renderTransferPanel(
  container: HTMLElement,
  store: ProfileStore,
  set: ProfileSet,
  changed: (notice: string) => void,
  notice?: string,
): void {
  const file = el("input", {
    type: "file",
    id: "profiles-import-file",
    accept: ".json,.csv,application/json,text/csv",
  });
  const result = el("div", { id: "profiles-import-result", role: "status" });
  if (notice !== undefined) result.append(el("p", { class: "ok", id: "profiles-import-done" }, notice));
  const reject = (reasons: readonly string[]) =>
    result.replaceChildren(
      el("p", { class: "alert", id: "profiles-import-rejected" }, t("profiles.importRejected")),
      el("ul", { id: "profiles-import-reasons" }, ...reasons.slice(0, 50).map((reason) => el("li", {}, reason))),
    );
  file.addEventListener("change", () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) return reject([`(file): larger than ${MAX_FILE_BYTES} bytes`]);
    void chosen.text().then(async (text) => {
      file.value = "";
      let done: string;
      let next: ProfileSet;
      if (chosen.name.toLowerCase().endsWith(".csv")) {
        const imported = importUaCsv(text, set, () => crypto.randomUUID());
        if (!imported.ok) return reject(imported.reasons);
        [next, done] = [imported.set, t("profiles.importedUas", { count: imported.added, updated: imported.updated })];
      } else {
        const imported = importProfilesJson(text, set);
        if (!imported.ok) return reject(imported.reasons);
        [next, done] = [imported.set, t("profiles.imported")];
      }
      await store.save(next);
      changed(done);
    });
  });
  const exportButton = el("button", { type: "button", id: "profiles-export" }, t("profiles.export"));
  exportButton.addEventListener("click", () => {
    const url = URL.createObjectURL(new Blob([exportProfilesJson(set)], { type: "application/json" }));
    const link = el("a", {
      href: url,
      download: `dips-companion-profiles-${new Date().toISOString().slice(0, 10)}.json`,
    });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  });
  const exportNote = el("p", { class: "muted" }, t("profiles.exportNote"));
  void loadManagedPolicy().then((policy) => {
    if (!policy.exportDisabled) return;
    exportButton.disabled = true;
    exportNote.id = "profiles-export-disabled";
    exportNote.textContent = t("policy.exportDisabled");
  });
  container.replaceChildren(
    el("h3", {}, t("profiles.transfer")),
    el("div", { class: "row" }, el("label", { for: "profiles-import-file" }, t("profiles.import")), file),
    result,
    el("div", { class: "row" }, exportButton),
    exportNote,
  );
}
