// SPDX-License-Identifier: MIT
/**
 * The options page's form to add a registration by hand or edit one (extension/registrations/model/registration-manual.ts): the mark, the UA
 * from a saved profile or as free text, the registration date and the expiry (computed when left empty). A refused
 * entry changes nothing and its reasons are listed.
 */
import { errorMessage } from "../../../shared/errors/catalogue";
import type { ProfileSet } from "../../profiles/model/profiles";
import { manualRegistration, putRegistration } from "../model/registration-manual";
import type { Registration } from "../model/registrations";
import { currentLanguage, t } from "../../i18n/translate";
import { el } from "../../profiles/panel-dom";
import { extensionNow } from "../extension-clock";
import type { RegisterStore } from "../register-store";

/** The form, and how to fill it with an entry to edit. */
export interface RegisterForm {
  readonly element: HTMLFormElement;
  edit(entry: Registration): void;
}

const FREE_TEXT = "";

export function registerForm(store: RegisterStore, profiles: ProfileSet, saved: () => void): RegisterForm {
  let editing: Registration | undefined;
  const input = (id: string, type = "text", extra: Record<string, string> = {}) =>
    el("input", { id: `register-form-${id}`, name: id, type, ...extra });
  const mark = input("mark", "text", { maxlength: "20", autocomplete: "off", placeholder: "JU…" });
  const ua = el(
    "select",
    { id: "register-form-ua", name: "ua" },
    el("option", { value: FREE_TEXT }, t("register.form.freeText")),
    ...profiles.uas.map((profile) =>
      el("option", { value: profile.id }, `${profile.label || profile.model} — ${profile.serialNumber}`),
    ),
  );
  const manufacturer = input("manufacturer", "text", { maxlength: "200" });
  const model = input("model", "text", { maxlength: "200" });
  const serial = input("serial", "text", { maxlength: "20" });
  const registered = input("registered", "date");
  const expires = input("expires", "date");
  const heading = el("h3", {}, t("register.form.add"));
  const save = el("button", { type: "submit", id: "register-form-save" }, t("register.form.save"));
  const cancel = el("button", { type: "button", id: "register-form-cancel", hidden: "" }, t("register.form.cancel"));
  const problems = el("div", { id: "register-form-result", role: "status" });

  const fillFromProfile = () => {
    const profile = profiles.uas.find((candidate) => candidate.id === ua.value);
    for (const [field, value] of [
      [manufacturer, profile?.manufacturer],
      [model, profile?.model],
      [serial, profile?.serialNumber],
    ] as const) {
      if (profile !== undefined) field.value = value ?? "";
      field.readOnly = profile !== undefined;
    }
  };
  ua.addEventListener("change", fillFromProfile);

  const reset = () => {
    editing = undefined;
    form.reset();
    fillFromProfile();
    heading.textContent = t("register.form.add");
    cancel.hidden = true;
    mark.readOnly = false;
  };
  cancel.addEventListener("click", reset);

  const refuse = (reasons: readonly string[]) =>
    problems.replaceChildren(
      el(
        "p",
        { class: "alert", id: "register-form-rejected" },
        errorMessage("REGISTER_ENTRY_INVALID", currentLanguage()),
      ),
      el("ul", {}, ...reasons.slice(0, 20).map((reason) => el("li", {}, reason))),
    );

  const label = (text: string, control: HTMLElement, hint?: string) =>
    el(
      "label",
      { class: "field", for: control.id },
      el("span", {}, text),
      control,
      ...(hint ? [el("small", { class: "muted" }, hint)] : []),
    );
  const form = el(
    "form",
    { id: "register-form", class: "register-form" },
    heading,
    label(t("register.col.mark"), mark),
    label(t("register.form.uaProfile"), ua),
    label(t("register.form.manufacturer"), manufacturer),
    label(t("register.form.model"), model),
    label(t("register.form.serial"), serial),
    label(t("register.col.registered"), registered),
    label(t("register.col.expires"), expires, t("register.form.expiresHint")),
    el("div", { class: "row" }, save, " ", cancel),
    problems,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    problems.replaceChildren();
    void extensionNow().then(async (now) => {
      const typed = manualRegistration(
        {
          mark: mark.value,
          manufacturer: manufacturer.value,
          model: model.value,
          serialNumber: serial.value,
          uaProfileId: ua.value === FREE_TEXT ? null : ua.value,
          registrationDate: registered.value,
          expiryDate: expires.value,
        },
        now.toISOString(),
        editing,
      );
      if (!typed.ok) return refuse(typed.reasons);
      let refused: string[] | undefined;
      const replacing = editing?.mark ?? null;
      await store.update((register) => {
        const put = putRegistration(register, typed.entry, replacing);
        if (put.ok) return put.register;
        refused = put.reasons;
        return register;
      });
      if (refused !== undefined) return refuse(refused);
      reset();
      saved();
    });
  });

  return {
    element: form,
    edit(entry) {
      reset();
      editing = entry;
      heading.textContent = t("register.form.edit", { mark: entry.mark });
      cancel.hidden = false;
      mark.value = entry.mark;
      const profile = profiles.uas.some((candidate) => candidate.id === entry.uaProfileId);
      ua.value = profile ? (entry.uaProfileId ?? FREE_TEXT) : FREE_TEXT;
      fillFromProfile();
      manufacturer.value = entry.manufacturer;
      model.value = entry.model;
      serial.value = entry.serialNumber;
      registered.value = entry.registrationDate;
      expires.value = entry.expirySource === "computed" ? "" : entry.expiryDate;
      form.scrollIntoView({ block: "nearest" });
      mark.focus();
    },
  };
}
