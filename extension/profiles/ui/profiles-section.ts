// SPDX-License-Identifier: MIT
/**
 * The options page's profiles section: the passphrase lock, owners and UAs (add, edit, delete), and import/export.
 * Every change saves the whole set in one write (ProfileStore).
 */
import { toCompanionError } from "../../../shared/errors/companion-error";
import { OwnerSchema, UaSchema, type Owner, type ProfileSet, type Ua } from "../model/profiles";
import { errorText, registerMessages, t } from "../../i18n/translate";
import { el, ownerTitle, uaTitle } from "../../common/dom";
import { ProfileStore } from "../profile-store";
import { fromCardButton } from "./from-card-button";
import { CORPORATION_FIELDS, INDIVIDUAL_FIELDS, UA_FIELDS, USER_FIELDS } from "./form-fields";
import { renderLockPanel } from "./lock-panel";
import { PROFILES_MESSAGES } from "./profiles-messages";
import { renderEditor } from "./record-editor";
import { renderTransferPanel } from "./transfer-panel";

registerMessages(PROFILES_MESSAGES);

const EMPTY_ADDRESS = { postalCode: "", prefecture: "", city: "", line1: "", line2: "" };
const EMPTY_CONTACT = { address: EMPTY_ADDRESS, phone: "", email: "" };

function newOwner(kind: Owner["kind"]): Owner {
  const common = { id: crypto.randomUUID(), label: "", ...EMPTY_CONTACT, user: { sameAsOwner: true as const } };
  return kind === "individual"
    ? { ...common, kind, name: "", reading: "", birthDate: "" }
    : {
        ...common,
        kind,
        corporateNumber: "",
        companyName: "",
        companyReading: "",
        representative: "",
        representativeReading: "",
      };
}

function newUa(): Ua {
  return {
    id: crypto.randomUUID(),
    label: "",
    manufacturingType: "1",
    manufacturer: "",
    model: "",
    category: "3",
    serialNumber: "",
    weightKg: Number.NaN,
    maxTakeoffWeightKg: Number.NaN,
    remoteId: { type: "0", manufacturer: "", model: "", serialNumber: "" },
    altered: false,
    alterationDetails: "",
  };
}

/** The "user is the owner" switch of the owner editor. */
function userSwitch(draft: Record<string, unknown>, rerender: () => void): HTMLElement[] {
  const box = el("input", { type: "checkbox", id: "edit-user-same" });
  box.checked = (draft.user as { sameAsOwner?: boolean } | undefined)?.sameAsOwner !== false;
  box.addEventListener("change", () => {
    draft.user = box.checked
      ? { sameAsOwner: true }
      : { sameAsOwner: false, person: { name: "", reading: "", ...EMPTY_CONTACT } };
    rerender();
  });
  return [el("div", { class: "row" }, box, el("label", { for: "edit-user-same" }, t("profiles.userSame")))];
}

/** A deleted profile, kept until the page closes so that its deletion can be undone. */
interface Deleted {
  readonly kind: "owner" | "ua";
  readonly item: Owner | Ua;
  readonly title: string;
}
const deleted: Deleted[] = [];

/** The set with `entry` back in it (unless a profile with its id is there again). */
function restored(set: ProfileSet, entry: Deleted): ProfileSet {
  if (entry.kind === "owner")
    return set.owners.some((o) => o.id === entry.item.id)
      ? set
      : { ...set, owners: [...set.owners, entry.item as Owner] };
  return set.uas.some((u) => u.id === entry.item.id) ? set : { ...set, uas: [...set.uas, entry.item as Ua] };
}

/**
 * Draws the section into the options page's mount point (again after every change).
 * @param notice a message from the last action (an import) to show on the redrawn section
 */
export async function mountProfilesSection(container: HTMLElement, notice?: string): Promise<void> {
  const store = new ProfileStore();
  const refresh = (message?: string) => void mountProfilesSection(container, message);
  const lock = el("div", { id: "profiles-lock" });
  const state = await store.lockState();
  renderLockPanel(lock, store, state, () => refresh());
  if (state === "locked") return void container.replaceChildren(lock);

  let set: ProfileSet;
  try {
    set = await store.load();
  } catch (error) {
    return void container.replaceChildren(
      lock,
      el("p", { class: "alert" }, errorText(toCompanionError(error).toWire())),
    );
  }
  const editor = el("div", { id: "profiles-editor" });
  const save = async (next: ProfileSet) => {
    await store.save(next);
    refresh();
  };
  const replace = <T extends { id: string }>(items: readonly T[], item: T) =>
    items.some((old) => old.id === item.id) ? items.map((old) => (old.id === item.id ? item : old)) : [...items, item];

  const editOwner = (owner: Owner) =>
    renderEditor(editor, {
      title: t(`profiles.kind.${owner.kind}`),
      record: owner,
      schema: OwnerSchema,
      extra: userSwitch,
      groups: (draft) => [
        { fields: owner.kind === "individual" ? INDIVIDUAL_FIELDS : CORPORATION_FIELDS },
        ...((draft.user as { sameAsOwner?: boolean }).sameAsOwner === false
          ? [{ heading: t("profiles.userSection"), fields: USER_FIELDS }]
          : []),
      ],
      onSave: (saved) => save({ ...set, owners: replace(set.owners, saved) }),
      onCancel: () => editor.replaceChildren(),
    });
  const editUa = (ua: Ua) =>
    renderEditor(editor, {
      title: t("profiles.uas"),
      record: ua,
      schema: UaSchema,
      groups: () => [{ fields: UA_FIELDS }],
      onSave: (saved) => save({ ...set, uas: replace(set.uas, saved) }),
      onCancel: () => editor.replaceChildren(),
    });

  const row = <T extends { id: string }>(
    kind: string,
    item: T,
    title: string,
    edit: (item: T) => void,
    remove: () => ProfileSet,
  ) => {
    const editButton = el("button", { type: "button", "data-action": "edit" }, t("profiles.edit"));
    editButton.addEventListener("click", () => edit(item));
    const deleteButton = el(
      "button",
      { type: "button", "data-action": "delete", "aria-label": t("profiles.deleteNamed", { name: title }) },
      t("profiles.delete"),
    );
    // Asked first; then undoable until the page closes (the deleted profile is kept in this page's memory only).
    deleteButton.addEventListener("click", () => {
      if (!confirm(t("profiles.deleteConfirm", { name: title }))) return;
      deleted.push({ kind: kind === "owner" ? "owner" : "ua", item: item as unknown as Owner | Ua, title });
      void save(remove());
    });
    return el("li", { "data-id": item.id, "data-kind": kind }, title, " ", editButton, " ", deleteButton);
  };
  const list = (id: string, rows: HTMLElement[]) =>
    rows.length === 0 ? el("p", { class: "muted", id }, t("profiles.none")) : el("ul", { id }, ...rows);
  const button = (id: string, label: string, action: () => void) => {
    const element = el("button", { type: "button", id }, label);
    element.addEventListener("click", action);
    return element;
  };
  const last = deleted.at(-1);
  const undoBar =
    last === undefined
      ? []
      : [
          el(
            "p",
            { class: "notice", id: "profiles-undo", role: "status" },
            t("profiles.deleted", { name: last.title }),
            " ",
            button("profiles-undo-button", t("profiles.undo"), () => {
              deleted.pop();
              void save(restored(set, last));
            }),
          ),
        ];
  const transfer = el("div", { id: "profiles-transfer" });
  renderTransferPanel(transfer, store, set, refresh, notice);

  container.replaceChildren(
    lock,
    ...undoBar,
    el("h3", {}, t("profiles.owners")),
    list(
      "profiles-owners",
      set.owners.map((owner) =>
        row("owner", owner, ownerTitle(owner), editOwner, () => ({
          ...set,
          owners: set.owners.filter((o) => o.id !== owner.id),
        })),
      ),
    ),
    el(
      "div",
      { class: "row" },
      button("profiles-add-individual", t("profiles.addIndividual"), () => editOwner(newOwner("individual"))),
      button("profiles-add-corporation", t("profiles.addCorporation"), () => editOwner(newOwner("corporation"))),
      fromCardButton("profiles-from-card", () => refresh()),
    ),
    el("h3", {}, t("profiles.uas")),
    list(
      "profiles-uas",
      set.uas.map((ua) =>
        row("ua", ua, uaTitle(ua), editUa, () => ({ ...set, uas: set.uas.filter((u) => u.id !== ua.id) })),
      ),
    ),
    el(
      "div",
      { class: "row" },
      button("profiles-add-ua", t("profiles.addUa"), () => editUa(newUa())),
    ),
    editor,
    transfer,
  );
}
