// SPDX-License-Identifier: MIT
/** The register's two settings, renewalReminders and renewalLeadDays: saved on change, read-only when a policy fixes them. */
import { MAX_RENEWAL_LEAD_DAYS, MIN_RENEWAL_LEAD_DAYS } from "../../settings/model/settings";
import { t } from "../../i18n/translate";
import { el } from "../../common/dom";
import { readSettings, saveUserSettings } from "../../settings/settings-store";

export async function renderReminderSettings(container: HTMLElement): Promise<void> {
  const { settings, managedKeys } = await readSettings();
  const reminders = el("input", { type: "checkbox", id: "setting-renewal-reminders" });
  reminders.checked = settings.renewalReminders;
  const lead = el("input", {
    type: "number",
    id: "setting-renewal-lead-days",
    min: String(MIN_RENEWAL_LEAD_DAYS),
    max: String(MAX_RENEWAL_LEAD_DAYS),
    step: "1",
  });
  lead.value = String(settings.renewalLeadDays);
  const status = el("span", { class: "muted", role: "status", id: "register-settings-status" });
  const save = (changes: Parameters<typeof saveUserSettings>[0]) =>
    void saveUserSettings(changes).then(
      () => (status.textContent = t("options.saved")),
      () => (status.textContent = t("options.saveFailed")),
    );
  reminders.addEventListener("change", () => save({ renewalReminders: reminders.checked }));
  lead.addEventListener("change", () => {
    const days = Number(lead.value);
    if (Number.isInteger(days) && days >= MIN_RENEWAL_LEAD_DAYS && days <= MAX_RENEWAL_LEAD_DAYS)
      save({ renewalLeadDays: days });
    else lead.value = String(settings.renewalLeadDays);
  });
  for (const [input, key] of [
    [reminders, "renewalReminders"],
    [lead, "renewalLeadDays"],
  ] as const) {
    if (!managedKeys.has(key)) continue;
    input.disabled = true;
    input.dataset.managed = "true";
    input.title = t("options.managed");
  }
  container.replaceChildren(
    el("div", { class: "row" }, reminders, el("label", { for: reminders.id }, t("register.reminders"))),
    el("div", { class: "row" }, el("label", { for: lead.id }, t("register.leadDays")), lead, status),
  );
}
