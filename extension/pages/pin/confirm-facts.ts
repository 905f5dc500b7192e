// SPDX-License-Identifier: MIT
/**
 * The PIN window's confirm-before-save view after "create from My Number Card": the card's basic 4 facts, then the
 * user's choice — a new owner profile (the card's name and birth date, the address split for checking, plus what the
 * card does not hold) or an existing individual owner updated field by field, differences highlighted and only the
 * ticked fields taken. Nothing is written before "Save". Loaded on demand, so the PIN window starts as small as ever.
 */
import type { Basic4, Basic4Field } from "../../../shared/basic4";
import { toCompanionError } from "../../../shared/errors/companion-error";
import {
  IndividualOwnerSchema,
  type Address,
  type IndividualOwner,
  type ProfileSet,
} from "../../profiles/model/profiles";
import { splitAddress } from "../../profiles/model/address-split";
import type { Language } from "../../../shared/errors/catalogue";
import { errorText, registerMessages, setLanguage, t } from "../../i18n/translate";
import {
  addressSplitUnsure,
  applyAccepted,
  factRows,
  newOwnerFromCard,
  withOwner,
} from "../../profiles/owner-from-card";
import { el, ownerTitle } from "../../common/dom";
import { ProfileStore } from "../../profiles/profile-store";
import { CONFIRM_MESSAGES } from "./confirm-messages";

registerMessages(CONFIRM_MESSAGES);

const ADDRESS_PARTS = ["postalCode", "prefecture", "city", "line1", "line2"] as const;
type TextInput = "label" | "reading" | (typeof ADDRESS_PARTS)[number] | "phone" | "email";

function input(name: TextInput, value: string, unsure = false): HTMLElement {
  const field = el("input", { id: `from-card-${name}`, type: "text", size: "30" });
  field.value = value;
  if (unsure) field.dataset.unsure = "true";
  return el("div", { class: "row" }, el("label", { for: field.id }, t(`fromCard.${name}`)), field);
}

function value(container: HTMLElement, name: TextInput): string {
  return (container.querySelector<HTMLInputElement>(`#from-card-${name}`)?.value ?? "").trim();
}

function factsList(card: Basic4): HTMLElement {
  const row = (key: string, text: string) => [
    el("dt", {}, t(`fromCard.field.${key}`)),
    el("dd", { "data-fact": key }, text),
  ];
  return el(
    "dl",
    { id: "from-card-facts" },
    ...row("name", card.name),
    ...row("address", card.address),
    ...row("birthDate", card.birthDate),
    ...row("sex", t(`fromCard.sex.${card.sex}`)),
  );
}

function newOwnerForm(card: Basic4): HTMLElement {
  const split = splitAddress(card.address);
  const unsure = addressSplitUnsure(split);
  const parts = (name: keyof Address) => input(name, split[name], unsure && name !== "postalCode" && name !== "line2");
  return el(
    "div",
    { id: "from-card-new" },
    input("label", ""),
    input("reading", ""),
    ...(unsure ? [el("p", { class: "notice", id: "from-card-address-unsure" }, t("fromCard.addressUnsure"))] : []),
    ...ADDRESS_PARTS.map(parts),
    input("phone", ""),
    input("email", ""),
  );
}

function diffTable(owner: IndividualOwner, card: Basic4): HTMLElement {
  const unsure = addressSplitUnsure(splitAddress(card.address));
  const rows = factRows(owner, card).map((row) => {
    const take = el("input", { type: "checkbox", "data-accept": row.field, "aria-label": t("fromCard.column.take") });
    take.checked = row.differs;
    const cardCell = el("td", {}, row.card);
    if (row.field === "address" && unsure) cardCell.append(el("div", { class: "notice" }, t("fromCard.addressUnsure")));
    return el(
      "tr",
      { "data-field": row.field, "data-differs": String(row.differs), class: row.differs ? "differs" : "" },
      el("th", {}, t(`fromCard.field.${row.field}`)),
      el("td", {}, row.profile),
      cardCell,
      el("td", {}, take),
    );
  });
  const head = el(
    "tr",
    {},
    el("th", {}, ""),
    el("th", {}, t("fromCard.column.profile")),
    el("th", {}, t("fromCard.column.card")),
    el("th", {}, t("fromCard.column.take")),
  );
  return el("table", { id: "from-card-diff" }, el("thead", {}, head), el("tbody", {}, ...rows));
}

/**
 * Shows the view in `container` and saves into the profile store the user's choice. `language`: the PIN window's
 * (this module is loaded on its own, with its own copy of the message table).
 */
export async function mountConfirmFacts(
  container: HTMLElement,
  card: Basic4,
  language: Language,
  store = new ProfileStore(),
): Promise<void> {
  setLanguage(language);
  const status = el("p", { id: "from-card-status", role: "status" });
  const error = el("p", { id: "from-card-error", class: "alert", role: "alert", hidden: "" });
  const showError = (text: string) => {
    error.hidden = false;
    error.textContent = text;
  };
  container.hidden = false;
  container.replaceChildren(
    el("h2", {}, t("fromCard.title")),
    factsList(card),
    el("p", { class: "muted" }, t("fromCard.note")),
    status,
    error,
  );

  let set: ProfileSet;
  try {
    set = await store.load();
  } catch (failure) {
    return showError(errorText(toCompanionError(failure, "EXTENSION_INTERNAL").toWire()));
  }
  const individuals = set.owners.filter((owner): owner is IndividualOwner => owner.kind === "individual");
  const modeNew = el("input", { type: "radio", name: "from-card-mode", id: "from-card-mode-new", value: "new" });
  const modeUpdate = el("input", {
    type: "radio",
    name: "from-card-mode",
    id: "from-card-mode-update",
    value: "update",
  });
  const ownerSelect = el(
    "select",
    { id: "from-card-owner" },
    ...individuals.map((o) => el("option", { value: o.id }, ownerTitle(o))),
  );
  modeNew.checked = true;
  modeUpdate.disabled = individuals.length === 0;
  ownerSelect.hidden = individuals.length === 0;
  const body = el("div", { id: "from-card-body" });
  const save = el("button", { type: "button", id: "from-card-save", class: "primary" }, t("fromCard.save"));
  const selectedOwner = () => individuals.find((owner) => owner.id === ownerSelect.value);
  const render = () => {
    ownerSelect.disabled = !modeUpdate.checked;
    const owner = selectedOwner();
    body.replaceChildren(modeUpdate.checked && owner ? diffTable(owner, card) : newOwnerForm(card));
  };
  for (const control of [modeNew, modeUpdate, ownerSelect]) control.addEventListener("change", render);
  render();

  save.addEventListener("click", () => {
    error.hidden = true;
    const owner = selectedOwner();
    let next: IndividualOwner;
    if (modeUpdate.checked && owner) {
      const accepted = new Set<Basic4Field>();
      for (const box of body.querySelectorAll<HTMLInputElement>("input[data-accept]"))
        if (box.checked) accepted.add(box.dataset.accept as Basic4Field);
      next = applyAccepted(owner, card, accepted);
    } else {
      const address = Object.fromEntries(ADDRESS_PARTS.map((part) => [part, value(body, part)])) as Address;
      next = newOwnerFromCard(crypto.randomUUID(), card, {
        label: value(body, "label"),
        reading: value(body, "reading"),
        address,
        phone: value(body, "phone"),
        email: value(body, "email"),
      });
    }
    const checked = IndividualOwnerSchema.safeParse(next);
    if (!checked.success) {
      const fields = [...new Set(checked.error.issues.map((issue) => issue.path.join(".")))];
      return showError(t("fromCard.invalid", { fields: fields.join(", ") }));
    }
    save.disabled = true;
    store.save(withOwner(set, checked.data)).then(
      () => {
        status.textContent = t("fromCard.saved");
        status.dataset.savedId = checked.data.id;
      },
      (failure: unknown) => {
        save.disabled = false;
        showError(errorText(toCompanionError(failure, "EXTENSION_INTERNAL").toWire()));
      },
    );
  });

  const corporateNote = set.owners.some((owner) => owner.kind === "corporation")
    ? [el("p", { class: "muted", id: "from-card-corporate" }, t("fromCard.corporateNote"))]
    : [];
  container.append(
    el("div", { class: "row" }, modeNew, el("label", { for: modeNew.id }, t("fromCard.modeNew"))),
    el("div", { class: "row" }, modeUpdate, el("label", { for: modeUpdate.id }, t("fromCard.modeUpdate")), ownerSelect),
    ...corporateNote,
    body,
    el("div", { class: "row" }, save),
  );
}
