// SPDX-License-Identifier: MIT
/**
 * The prefill engine, run inside the page: find each planned field (selector override, else by what the page says
 * about its controls and the part of the application they sit in), check that each control accepts its value, fill
 * it, and report what was filled, what the page lacks, and what was left empty on purpose (and why).
 */
import type { Scope } from "./control-scope";
import { readTexts, type FormControl } from "./control-texts";
import { checkValue, type RefusalReason } from "./check-value";
import { partValue, type FieldPart } from "./field-parts";
import { fillControl, type FillValue } from "./fill-control";
import { FillMarks } from "./fill-marks";
import { findFields, type FoundField } from "./find-fields";
import type { FieldKey } from "./field-synonyms";
import { isPerceivable } from "./perceivable";
import { fieldPath, type PlanEntry, type PrefillPlan, type PrefillReport } from "./prefill-plan";

const partOf = (scope: Scope): string => (scope.part === "ua" ? `ua${scope.n}` : scope.part);
const sameScope = (a: Scope, b: Scope) => partOf(a) === partOf(b);

function radioGroup(radio: HTMLInputElement): HTMLInputElement[] {
  const scope = radio.form ?? radio.ownerDocument;
  return [...scope.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.name === radio.name);
}

/** How the report names a control to a person: its label, else the words around it, else its name. */
export function controlName(control: FormControl): string {
  const texts = readTexts(control);
  const name =
    [...texts.labels, texts.before, texts.header, ...texts.names].find((text) => text !== "") ?? control.type;
  return name.length > 60 ? `${name.slice(0, 59)}…` : name;
}

/** The parts a taught selector may name (`owner.postalCode.1`, `owner.birthDate.year`). */
const TAUGHT_PARTS: readonly FieldPart[] = ["1", "2", "3", "era", "year", "month", "day"];

function overrideTarget(doc: Document, plan: PrefillPlan, entry: PlanEntry, part?: FieldPart): FoundField | undefined {
  const { scope, key } = entry;
  const suffix = part === undefined ? "" : `.${part}`;
  const selector =
    plan.overrides[`${fieldPath(scope, key)}${suffix}`] ??
    (scope.part === "ua" ? plan.overrides[`ua.${key}${suffix}`] : undefined);
  if (selector === undefined) return undefined;
  let control: FormControl | null = null;
  try {
    control = doc.querySelector<FormControl>(selector.replaceAll("{n}", String(scope.part === "ua" ? scope.n : "")));
  } catch {
    return undefined; // An invalid selector in the settings is treated like a missing field.
  }
  // An override names the field, never a reason to fill one that nobody can see.
  if (!control || !isPerceivable(control)) return undefined;
  const radios = control instanceof HTMLInputElement && control.type === "radio" ? radioGroup(control) : [];
  return { control, radios, scope, key, part };
}

/** Fields whose digits alone are the same value (a box that says ハイフンなし takes "1008918" for "100-8918"). */
const DIGITS_ALONE = new Set<FieldKey>(["postalCode", "phone", "corporateNumber"]);

/** Fills one control after checking it takes the value; the reason when it does not. */
function fillChecked(field: FoundField, fill: FillValue, marks: FillMarks): RefusalReason | undefined {
  const { control } = field;
  marks.remember(field.radios.length > 0 ? field.radios : [control]);
  const isChoice =
    control instanceof HTMLSelectElement ||
    (control instanceof HTMLInputElement && (control.type === "radio" || control.type === "checkbox"));
  if (isChoice) return fillControl(control, fill, field.radios) ? undefined : "no-option";
  const type = control instanceof HTMLInputElement ? control.type : "textarea";
  const value = fill.byType?.[type] ?? fill.value;
  let checked = checkValue(control, value);
  const digits = value.replace(/^\+81[-\s]?/u, "0").replace(/[-\s()]/gu, "");
  if (!checked.ok && field.key && DIGITS_ALONE.has(field.key) && /^\d+$/u.test(digits) && digits !== value) {
    const retried = checkValue(control, digits);
    if (retried.ok) checked = retried;
  }
  if (!checked.ok) return checked.reason;
  fillControl(control, { value: checked.value, choices: [checked.value] });
  return undefined;
}

/** Runs a plan on a page and reports what happened. */
export function runPrefill(doc: Document, plan: PrefillPlan): PrefillReport {
  const fields = findFields(doc);
  const marks = new FillMarks();
  const claimed = new Set<FormControl>();
  const matches = (field: FoundField, scope: Scope, key: FieldKey) =>
    field.key === key && (key === "sameAsOwner" || sameScope(field.scope, scope)) && !claimed.has(field.control);
  const lookup = (scope: Scope, key: FieldKey) => fields.find((field) => matches(field, scope, key));
  const partsOnPage = [...new Set(fields.filter((field) => field.key).map((field) => partOf(field.scope)))];
  const report: PrefillReport = { filled: [], notFound: [], noMatchingOption: [], refused: [], partsOnPage };
  const filledGroups = new Set<string>();
  const missing: PlanEntry[] = [];
  const refuse = (path: string, field: FoundField, reason: RefusalReason) => {
    if (reason === "no-option") report.noMatchingOption.push(path);
    report.refused.push({ path, control: controlName(field.control), reason });
  };

  for (const entry of plan.entries) {
    const path = fieldPath(entry.scope, entry.key);
    const taught = TAUGHT_PARTS.flatMap((part) => overrideTarget(doc, plan, entry, part) ?? []);
    const target = taught[0] ?? overrideTarget(doc, plan, entry) ?? lookup(entry.scope, entry.key);
    if (!target) {
      missing.push(entry);
      continue;
    }
    if (target.part !== undefined) {
      // A split field: every part of it in this part of the application (the parts a user taught first).
      const found = fields.filter((field) => matches(field, entry.scope, entry.key) && field.part !== undefined);
      const parts = [...taught, ...found.filter((field) => !taught.some((t) => t.part === field.part))];
      const withEra = parts.some((field) => field.part === "era");
      let any = false;
      for (const field of parts) {
        claimed.add(field.control);
        const piece = partValue(entry.key, field.part!, entry.value, withEra);
        const reason = piece
          ? fillChecked(field, { value: piece.value, choices: piece.choices }, marks)
          : "cannot-split";
        if (reason) refuse(`${path}.${field.part}`, field, reason);
        else any = true;
      }
      if (any) report.filled.push(path);
      if (entry.group) filledGroups.add(fieldPath(entry.scope, entry.group));
      continue;
    }
    claimed.add(target.control);
    const alternative = entry.whenPresent;
    const value = alternative && lookup(entry.scope, alternative.key) ? alternative.value : entry.value;
    const reason = fillChecked(target, { value, choices: entry.choices, byType: entry.byType }, marks);
    if (reason) refuse(path, target, reason);
    else report.filled.push(path);
    if (entry.group) filledGroups.add(fieldPath(entry.scope, entry.group));
  }

  marks.show(doc, plan.language ?? "ja");

  for (const entry of missing) {
    if (entry.optional === true || !partsOnPage.includes(partOf(entry.scope))) continue;
    const path = fieldPath(entry.scope, entry.group ?? entry.key);
    if (!filledGroups.has(path) && !report.notFound.includes(path)) report.notFound.push(path);
  }
  return report;
}
