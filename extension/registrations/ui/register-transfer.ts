// SPDX-License-Identifier: MIT
/**
 * The register's export (CSV escaped against formula injection, JSON) and import of either, merged by mark
 * (extension/registrations/model/registration-merge.ts, extension/registrations/model/registration-csv-import.ts): a file is checked whole; a refused one changes
 * nothing and its reasons are listed.
 * Export follows the policy's `exportDisabled`, as the profiles' export does.
 */
import { errorMessage } from "../../../shared/errors/catalogue";
import { registerCsv } from "../model/registration-csv";
import { importRegisterCsv } from "../model/registration-csv-import";
import { exportRegisterJson, importRegisterJson, MAX_REGISTER_JSON_CHARS } from "../model/registration-merge";
import type { Register } from "../model/registrations";
import { currentLanguage, t } from "../../i18n/translate";
import { el } from "../../common/dom";
import { loadManagedPolicy } from "../../settings/managed-store";
import { extensionNow } from "../extension-clock";
import type { RegisterStore } from "../register-store";
import { downloadText } from "./download-file";

export function renderRegisterTransfer(
  container: HTMLElement,
  store: RegisterStore,
  register: Register,
  changed: (notice: string) => void,
): void {
  const day = new Date().toISOString().slice(0, 10);
  const csv = el("button", { type: "button", id: "register-export-csv" }, t("register.exportCsv"));
  csv.addEventListener("click", () =>
    downloadText(registerCsv(register.registrations), `dips-companion-registrations-${day}.csv`, "text/csv"),
  );
  const json = el("button", { type: "button", id: "register-export-json" }, t("register.exportJson"));
  json.addEventListener("click", () =>
    downloadText(exportRegisterJson(register), `dips-companion-registrations-${day}.json`, "application/json"),
  );
  void loadManagedPolicy().then((policy) => {
    csv.disabled = json.disabled = policy.exportDisabled;
  });

  const file = el("input", {
    type: "file",
    id: "register-import-file",
    accept: ".json,.csv,application/json,text/csv",
  });
  const result = el("div", { id: "register-import-result", role: "status" });
  file.addEventListener("change", () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    file.value = "";
    const refuse = (code: "REGISTER_IMPORT_INVALID" | "REGISTER_FULL", reasons: readonly string[]) =>
      result.replaceChildren(
        el("p", { class: "alert", id: "register-import-rejected" }, errorMessage(code, currentLanguage())),
        el("ul", {}, ...reasons.slice(0, 50).map((reason) => el("li", {}, reason))),
      );
    if (chosen.size > MAX_REGISTER_JSON_CHARS * 4) return refuse("REGISTER_IMPORT_INVALID", ["(file): too large"]);
    void chosen.text().then(async (text) => {
      const now = (await extensionNow()).toISOString();
      // Read and written in one turn of the writer's line, so a capture meanwhile is not lost.
      let merged: ReturnType<typeof importRegisterJson> | undefined;
      await store.update((register) => {
        // A JSON export starts with "{"; anything else is read as CSV (its BOM and header first).
        merged = text.trimStart().startsWith("{")
          ? importRegisterJson(register, text)
          : importRegisterCsv(register, text, now);
        return merged.ok ? merged.register : register;
      });
      if (merged === undefined) return;
      if (!merged.ok) return refuse(merged.code, merged.reasons);
      const { added, replaced, unchanged } = merged;
      changed(t("register.imported", { added, replaced, unchanged }));
    });
  });
  container.replaceChildren(
    el("div", { class: "row" }, csv, json),
    el("div", { class: "row" }, el("label", { for: "register-import-file" }, t("register.importJson")), file),
    result,
  );
}
