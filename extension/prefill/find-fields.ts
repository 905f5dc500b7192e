// SPDX-License-Identifier: MIT
/**
 * Every control of a page a person can see and fill, with what it is (field, part) and which part of the
 * application it belongs to. UA blocks that no heading numbers are numbered by their order (a field met again starts
 * the next UA), and controls of one field repeated in one row (two postal-code boxes) get their parts by place.
 */
import { scopeOf, uaIndexBase, type Scope } from "./control-scope";
import type { FormControl } from "./control-texts";
import { partsByPlace, type FieldPart } from "./field-parts";
import { PERSON_KEYS, UA_KEYS, type FieldKey } from "./field-synonyms";
import { isPerceivable } from "./perceivable";
import { readControl } from "./read-control";

/** One control (a radio group by its first radio) and what it is. */
export interface FoundField {
  readonly control: FormControl;
  readonly radios: HTMLInputElement[];
  scope: Scope;
  key: FieldKey | undefined;
  part: FieldPart | undefined;
}

const SKIPPED_TYPES = new Set(["hidden", "submit", "button", "reset", "image", "file", "password"]);
const ALL_KEYS: readonly FieldKey[] = [...PERSON_KEYS, ...UA_KEYS];
const UA_KEY_SET = new Set<FieldKey>(UA_KEYS);

function usable(control: FormControl): boolean {
  if (control.disabled) return false;
  if (control instanceof HTMLSelectElement) return true;
  return !control.readOnly && !(control instanceof HTMLInputElement && SKIPPED_TYPES.has(control.type));
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

/** Numbers UA blocks nothing numbers (`n: 0`) by their order: a field already seen in this block starts the next. */
function numberUaBlocks(fields: readonly FoundField[]): void {
  let current = 0;
  const seen = new Set<string>();
  for (const field of fields) {
    if (field.scope.part !== "ua" || field.scope.n !== 0 || !field.key) continue;
    const id = `${field.key}.${field.part ?? ""}`;
    if (current === 0 || seen.has(id)) {
      current += 1;
      seen.clear();
    }
    seen.add(id);
    field.scope = { part: "ua", n: current };
  }
}

const rowOf = (control: Element): Element | null =>
  control.closest("tr, dd, li, p") ?? control.closest("td, div") ?? control.parentElement;

/** Two name boxes in one row are the surname and the given name; the same for the readings. */
const PAIRS: Partial<Record<FieldKey, readonly [FieldKey, FieldKey]>> = {
  name: ["lastName", "firstName"],
  reading: ["lastNameReading", "firstNameReading"],
};

/** Gives parts by place to a field's controls repeated in one row without a word naming each part. */
function partsFromPlace(fields: readonly FoundField[]): void {
  const rows = new Map<string, FoundField[]>();
  const rowIds = new Map<Element | null, number>();
  for (const field of fields) {
    if (!field.key || field.part !== undefined || field.radios.length > 0) continue;
    const row = rowOf(field.control);
    if (!rowIds.has(row)) rowIds.set(row, rowIds.size);
    const id = `${JSON.stringify(field.scope)}|${field.key}|${rowIds.get(row)}`;
    rows.set(id, [...(rows.get(id) ?? []), field]);
  }
  for (const group of rows.values()) {
    if (group.length < 2) continue;
    const key = group[0]?.key;
    if (!key) continue;
    const pair = PAIRS[key];
    if (pair && group.length === 2) {
      group.forEach((field, i) => (field.key = pair[i]));
      continue;
    }
    const parts = partsByPlace(key, group.length);
    group.forEach((field, i) => (field.part = parts?.[i]));
    // A field repeated where its parts cannot be told apart is left alone rather than guessed.
    if (!parts) for (const field of group) field.key = undefined;
  }
}

/** Every usable control a person can see once (a radio group by its first radio), with its part and key. */
export function findFields(doc: Document): FoundField[] {
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
    const stated = scopeOf(control, base, scopes);
    const keys = stated === undefined ? ALL_KEYS : stated.part === "ua" ? UA_KEYS : PERSON_KEYS;
    const meaning = readControl(control, keys);
    const scope: Scope = stated ?? (meaning && UA_KEY_SET.has(meaning.key) ? { part: "ua", n: 0 } : { part: "owner" });
    fields.push({ control, radios: group ?? [], scope, key: meaning?.key, part: meaning?.part });
  }
  partsFromPlace(fields);
  numberUaBlocks(fields);
  return fields;
}
