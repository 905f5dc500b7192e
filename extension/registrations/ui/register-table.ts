// SPDX-License-Identifier: MIT
/**
 * The options page's register: the reminder settings, then a table of every registration (mark, UA, owner,
 * registered, expires, status) with edit, remove and 抹消 (deregistered) per row, the form to add or edit one by hand,
 * then export and import.
 */
import type { Owner, ProfileSet } from "../../profiles/model/profiles";
import type { Registration } from "../model/registrations";
import { registerMessages, t } from "../../i18n/translate";
import { el, ownerTitle } from "../../common/dom";
import { REGISTER_MESSAGES } from "../register-messages";
import { RegisterStore } from "../register-store";
import { daysLeftText } from "./popup-list";
import { registerForm } from "./register-form";
import { renderRegisterTransfer } from "./register-transfer";
import { loadRegisterView, type RegisterRow } from "./register-view-data";
import { renderReminderSettings } from "./reminder-settings";

registerMessages(REGISTER_MESSAGES);

function uaCell(entry: Registration, profiles: ProfileSet): HTMLElement {
  const profile = profiles.uas.find((ua) => ua.id === entry.uaProfileId);
  const cell = el("td", {}, `${entry.manufacturer} ${entry.model}`, el("br"), el("small", {}, entry.serialNumber));
  if (profile?.label) cell.prepend(el("span", {}, profile.label), el("br"));
  if (profile === undefined) cell.append(el("br"), el("small", { class: "muted no-profile" }, t("register.noProfile")));
  return cell;
}

function ownerCell(entry: Registration, owners: readonly Owner[]): HTMLElement {
  const owner = owners.find((candidate) => candidate.id === entry.ownerProfileId);
  return el("td", {}, owner === undefined ? "—" : ownerTitle(owner));
}

/** Registrations removed on this page, kept in its memory until it closes so that a removal can be undone. */
const removed: Registration[] = [];

/** "Removed JU…  [Undo]": puts the last removed registration back (unless one with its mark came back meanwhile). */
function undoBar(store: RegisterStore, redraw: () => void): HTMLElement[] {
  const last = removed.at(-1);
  if (last === undefined) return [];
  const undo = el("button", { type: "button", id: "register-undo-button" }, t("register.undo"));
  undo.addEventListener("click", () => {
    removed.pop();
    void store
      .update((register) =>
        register.registrations.some((entry) => entry.mark === last.mark)
          ? register
          : { ...register, registrations: [...register.registrations, last] },
      )
      .then(() => redraw());
  });
  return [
    el(
      "p",
      { class: "notice", id: "register-undo", role: "status" },
      t("register.removed", { mark: last.mark }),
      " ",
      undo,
    ),
  ];
}

export async function mountRegisterTable(container: HTMLElement, notice?: string): Promise<void> {
  const store = new RegisterStore();
  const redraw = (next?: string) => void mountRegisterTable(container, next);
  const settings = el("div", { id: "register-settings" });
  const body = el("div", { id: "register-body" });
  container.replaceChildren(
    el("h2", {}, t("register.title")),
    el("p", { class: "muted" }, t("register.note")),
    settings,
    body,
  );
  await renderReminderSettings(settings);
  const view = await loadRegisterView(store);
  if (view.kind === "locked") return void body.append(el("p", { class: "muted" }, t("register.locked")));

  const change = (mark: string, update: (entry: Registration) => Registration | null) =>
    void store
      .update((register) => ({
        ...register,
        registrations: register.registrations.flatMap((entry) => {
          if (entry.mark !== mark) return [entry];
          const next = update(entry);
          return next === null ? [] : [next];
        }),
      }))
      .then(() => redraw());

  const form = registerForm(store, view.profiles, () => redraw());
  const row = ({ entry, status, daysLeft }: RegisterRow) => {
    // Each row's buttons say which registration they act on: a screen reader lists them out of their row.
    const forMark = (action: string) => t("register.forMark", { action, mark: entry.mark });
    const remove = el(
      "button",
      { type: "button", class: "register-remove", "aria-label": forMark(t("register.remove")) },
      t("register.remove"),
    );
    const editButton = el(
      "button",
      { type: "button", class: "register-edit", "aria-label": forMark(t("register.edit")) },
      t("register.edit"),
    );
    editButton.addEventListener("click", () => form.edit(entry));
    remove.addEventListener("click", () => {
      if (!confirm(t("register.removeConfirm", { mark: entry.mark }))) return;
      removed.push(entry);
      change(entry.mark, () => null);
    });
    const deregister = el(
      "button",
      {
        type: "button",
        class: "register-deregister",
        "aria-label": forMark(entry.deregistered ? t("register.undoDeregister") : t("register.deregister")),
      },
      entry.deregistered ? t("register.undoDeregister") : t("register.deregister"),
    );
    deregister.addEventListener("click", () =>
      change(entry.mark, (saved) => ({
        ...saved,
        deregistered: !saved.deregistered,
        updatedAt: new Date().toISOString(),
      })),
    );
    const expires = el("td", {}, entry.expiryDate);
    if (entry.expirySource === "computed")
      expires.append(el("br"), el("small", { class: "muted" }, t("register.computed")));
    return el(
      "tr",
      { "data-mark": entry.mark, "data-status": status },
      el("td", {}, el("strong", {}, entry.mark)),
      uaCell(entry, view.profiles),
      ownerCell(entry, view.profiles.owners),
      el("td", {}, entry.registrationDate),
      expires,
      el(
        "td",
        { class: `status-${status}` },
        t(`register.status.${status}`),
        ...(status === "deregistered" ? [] : [el("br"), el("small", {}, daysLeftText({ entry, status, daysLeft }))]),
      ),
      el("td", {}, editButton, " ", deregister, " ", remove),
    );
  };
  const columns = ["mark", "ua", "owner", "registered", "expires", "status", "actions"];
  const table = el(
    "table",
    { id: "register-table", class: "register-table" },
    el("tr", {}, ...columns.map((column) => el("th", {}, t(`register.col.${column}`)))),
    ...view.rows.map(row),
  );
  const transfer = el("div", { id: "register-transfer" });
  renderRegisterTransfer(transfer, store, view.register, redraw);
  body.append(
    ...undoBar(store, () => redraw()),
    view.rows.length === 0 ? el("p", { class: "muted" }, t("register.empty")) : table,
    form.element,
    transfer,
  );
  if (notice !== undefined) transfer.append(el("p", { class: "ok", id: "register-import-done" }, notice));
}
