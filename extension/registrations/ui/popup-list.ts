// SPDX-License-Identifier: MIT
/** The popup's "登録の有効期限 / Registrations" list: every registration not deregistered, soonest expiry first. */
import { registerMessages, t } from "../../i18n/translate";
import { el } from "../../common/dom";
import { REGISTER_MESSAGES } from "../register-messages";
import "./register.css";
import { loadRegisterView, type RegisterRow } from "./register-view-data";

registerMessages(REGISTER_MESSAGES);

/** "あと 20 日" / "本日まで" / "3 日前に期限切れ". */
export function daysLeftText(row: RegisterRow): string {
  if (row.daysLeft > 0) return t("register.daysLeft", { count: row.daysLeft });
  if (row.daysLeft === 0) return t("register.expiresToday");
  return t("register.expiredDays", { count: -row.daysLeft });
}

export async function mountRegisterList(container: HTMLElement): Promise<void> {
  const view = await loadRegisterView();
  const list = el("ul", { id: "register-list", class: "register-list" });
  container.replaceChildren(el("h2", {}, t("register.title")), list);
  if (view.kind === "locked") return void list.append(el("li", { class: "muted" }, t("register.locked")));
  const rows = view.rows.filter((row) => row.status !== "deregistered");
  if (rows.length === 0) return void list.append(el("li", { class: "muted" }, t("register.empty")));
  for (const row of rows) {
    const { entry } = row;
    list.append(
      el(
        "li",
        { "data-mark": entry.mark, "data-status": row.status, "data-days-left": String(row.daysLeft) },
        el("strong", {}, entry.mark),
        ` ${entry.manufacturer} ${entry.model} `,
        el("br"),
        el("span", {}, t("register.expires", { date: entry.expiryDate })),
        " · ",
        el("span", { class: `days-left status-${row.status}` }, daysLeftText(row)),
      ),
    );
  }
}
