// SPDX-License-Identifier: MIT
/**
 * A form for one owner or UA built from field specs. On save the values are put back into a copy of the record
 * and validated with the profile schema; problems are listed by field and nothing is saved until they are fixed.
 */
import type { z } from "zod";
import { currentLanguage, t } from "../../i18n/translate";
import { el } from "../../common/dom";
import { getPath, setPath, type FieldSpec } from "./form-fields";

export interface EditorOptions<T> {
  readonly title: string;
  readonly record: T;
  /** Field groups, each under an optional heading; asked again whenever `extra` changes the draft. */
  groups(draft: Record<string, unknown>): readonly { heading?: string; fields: readonly FieldSpec[] }[];
  readonly schema: z.ZodType<T>;
  /** Extra controls above the fields (e.g. the "user is the owner" switch); they edit the draft and rerender. */
  readonly extra?: (draft: Record<string, unknown>, rerender: () => void) => HTMLElement[];
  onSave(record: T): Promise<void>;
  onCancel(): void;
}

function control(spec: FieldSpec, value: unknown): HTMLInputElement | HTMLSelectElement {
  const id = `edit-${spec.path.replaceAll(".", "-")}`;
  if (spec.kind === "select") {
    const select = el("select", { id, name: spec.path });
    for (const [code, label] of Object.entries(spec.options ?? {})) {
      select.append(el("option", { value: code }, label[currentLanguage()]));
    }
    select.value = typeof value === "string" ? value : "";
    return select;
  }
  const input = el("input", { id, name: spec.path, type: spec.kind === "number" ? "text" : spec.kind });
  if (spec.kind === "number") input.inputMode = "decimal";
  if (spec.kind === "checkbox") input.checked = value === true;
  else if (typeof value === "string") input.value = value;
  else if (typeof value === "number" && Number.isFinite(value)) input.value = String(value);
  return input;
}

function readControl(spec: FieldSpec, element: HTMLInputElement | HTMLSelectElement): unknown {
  if (spec.kind === "checkbox" && element instanceof HTMLInputElement) return element.checked;
  if (spec.kind === "number") return element.value.trim() === "" ? Number.NaN : Number(element.value.normalize("NFKC"));
  return element.value;
}

export function renderEditor<T>(container: HTMLElement, options: EditorOptions<T>): void {
  const draft = structuredClone(options.record) as Record<string, unknown>;
  const form = el("form", { class: "card", id: "profile-editor" });
  const controls = new Map<FieldSpec, HTMLInputElement | HTMLSelectElement>();
  const errors = el("ul", { class: "alert", id: "profile-editor-errors", hidden: "" });

  const collect = () => {
    for (const [spec, element] of controls) setPath(draft, spec.path, readControl(spec, element));
  };
  const render = () => {
    controls.clear();
    const sections = options.groups(draft).map(({ heading, fields }) => {
      const rows = fields.map((spec) => {
        const element = control(spec, getPath(draft, spec.path));
        controls.set(spec, element);
        return el("div", { class: "row" }, el("label", { for: element.id }, spec.label[currentLanguage()]), element);
      });
      return el("div", {}, ...(heading ? [el("h3", {}, heading)] : []), ...rows);
    });
    const rerender = () => (collect(), render());
    form.replaceChildren(
      el("h3", {}, options.title),
      ...(options.extra?.(draft, rerender) ?? []),
      ...sections,
      errors,
      el(
        "div",
        { class: "row" },
        el("button", { type: "submit", class: "primary", id: "profile-editor-save" }, t("profiles.save")),
        el("button", { type: "button", id: "profile-editor-cancel" }, t("profiles.cancel")),
      ),
    );
    form.querySelector("#profile-editor-cancel")?.addEventListener("click", () => options.onCancel());
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    collect();
    const parsed = options.schema.safeParse(draft);
    if (!parsed.success) {
      errors.hidden = false;
      errors.replaceChildren(
        el("li", {}, t("profiles.invalid")),
        ...parsed.error.issues.map((issue) => el("li", {}, `${issue.path.join(".")}: ${issue.message}`)),
      );
      return;
    }
    void options.onSave(parsed.data);
  });
  render();
  container.replaceChildren(form);
}
