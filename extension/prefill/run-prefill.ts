// SPDX-License-Identifier: MIT
/**
 * The prefill engine, run inside the page: find each planned field (selector override, else by its texts and the
 * part of the application it sits in), fill it, and report what was filled and what the page lacks.
 */
import { scopeOf, uaIndexBase, type Scope } from "./control-scope";
import { describingTexts, type FormControl } from "./control-texts";
import { fillControl } from "./fill-control";
import { isPerceivable } from "./perceivable";
import { bestKey, normalizeText, PERSON_KEYS, UA_KEYS, type FieldKey } from "./field-synonyms";
import { fieldPath, type PlanEntry, type PrefillPlan, type PrefillReport } from "./prefill-plan";

interface FoundField {
  readonly control: FormControl;
  readonly radios: HTMLInputElement[];
  readonly scope: Scope;
  readonly key: FieldKey | undefined;
}

const SKIPPED_TYPES = new Set(["hidden", "submit", "button", "reset", "image", "file", "password"]);

function usable(control: FormControl): boolean {
  if (control.disabled) return false;
  if (control instanceof HTMLSelectElement) return true;
  return !control.readOnly && !(control instanceof HTMLInputElement && SKIPPED_TYPES.has(control.type));
}

function radioGroup(radio: HTMLInputElement): HTMLInputElement[] {
  const scope = radio.form ?? radio.ownerDocument;
  return [...scope.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.name === radio.name);
}

/** Each radio's group (same form, same name), gathered in one pass. */
function radioGroups(controls: readonly FormControl[]): Map<HTMLInputElement, HTMLInputElement[]> {
  const byName = new Map<HTMLFormElement | null, Map<string, HTMLInputElement[]>>();
  const groupOf = new Map<HTMLInputElement, HTMLInputElement[]>();
  for (const control of controls) {
    if (!(control instanceof HTMLInputElement) || control.type !== "radio") continue;
    const names = byName.get(control.form) ?? new Map<string, HTMLInputElement[]>();
    byName.set(control.form, names);
    // A radio without a name is a group of its own.
    const group = control.name === "" ? [] : (names.get(control.name) ?? []);
    if (control.name !== "") names.set(control.name, group);
    group.push(control);
    groupOf.set(control, group);
  }
  return groupOf;
}

/** Every usable control a person can see once (a radio group by its first radio), with its part and key. */
function findFields(doc: Document): FoundField[] {
  const controls = [...doc.querySelectorAll<FormControl>("input, select, textarea")].filter(
    (control) => usable(control) && isPerceivable(control),
  );
  const base = uaIndexBase(controls);
  const groups = radioGroups(controls);
  const seenGroups = new Set<HTMLInputElement[]>();
  const scopes = new Map<Element, Scope | null>();
  const fields: FoundField[] = [];
  for (const control of controls) {
    const isRadio = control instanceof HTMLInputElement && control.type === "radio";
    const group = isRadio ? groups.get(control) : undefined;
    if (group && seenGroups.has(group)) continue;
    if (group) seenGroups.add(group);
    const scope = scopeOf(control, base, scopes);
    const keys = scope.part === "ua" ? UA_KEYS : PERSON_KEYS;
    let key: FieldKey | undefined;
    for (const text of describingTexts(control)) {
      key = bestKey(normalizeText(text), keys);
      if (key) break;
    }
    fields.push({ control, radios: group ?? [], scope, key });
  }
  return fields;
}

const partOf = (scope: Scope): string => (scope.part === "ua" ? `ua${scope.n}` : scope.part);
const sameScope = (a: Scope, b: Scope) => partOf(a) === partOf(b);

function overrideTarget(doc: Document, plan: PrefillPlan, entry: PlanEntry): FoundField | undefined {
  const { scope, key } = entry;
  const selector =
    plan.overrides[fieldPath(scope, key)] ?? (scope.part === "ua" ? plan.overrides[`ua.${key}`] : undefined);
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
  return { control, radios, scope, key };
}

export function runPrefill(doc: Document, plan: PrefillPlan): PrefillReport {
  const fields = findFields(doc);
  const claimed = new Set<FormControl>();
  const lookup = (scope: Scope, key: FieldKey) =>
    fields.find(
      (field) =>
        field.key === key && (key === "sameAsOwner" || sameScope(field.scope, scope)) && !claimed.has(field.control),
    );
  const partsOnPage = [...new Set(fields.filter((field) => field.key).map((field) => partOf(field.scope)))];
  const report: PrefillReport = { filled: [], notFound: [], noMatchingOption: [], partsOnPage };
  const filledGroups = new Set<string>();
  const missing: PlanEntry[] = [];

  for (const entry of plan.entries) {
    const path = fieldPath(entry.scope, entry.key);
    const target = overrideTarget(doc, plan, entry) ?? lookup(entry.scope, entry.key);
    if (!target) {
      missing.push(entry);
      continue;
    }
    claimed.add(target.control);
    const alternative = entry.whenPresent;
    const value = alternative && lookup(entry.scope, alternative.key) ? alternative.value : entry.value;
    const filled = fillControl(target.control, { value, choices: entry.choices, byType: entry.byType }, target.radios);
    (filled ? report.filled : report.noMatchingOption).push(path);
    if (entry.group) filledGroups.add(fieldPath(entry.scope, entry.group));
  }

  for (const entry of missing) {
    if (entry.optional === true || !partsOnPage.includes(partOf(entry.scope))) continue;
    const path = fieldPath(entry.scope, entry.group ?? entry.key);
    if (!filledGroups.has(path) && !report.notFound.includes(path)) report.notFound.push(path);
  }
  return report;
}
