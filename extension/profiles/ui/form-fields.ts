// SPDX-License-Identifier: MIT
/**
 * The editable fields of owners, users and UAs: a dotted path into the profile object, a label, and a control
 * kind. Labels reuse the prefill report names (field-names.ts) so the editor and the report speak alike.
 */
import { FIELD_NAMES } from "../../prefill/field-names";
import { CATEGORY_LABELS, MANUFACTURING_TYPE_LABELS, REMOTE_ID_TYPE_LABELS, type CodeLabel } from "../ua-codes";

export interface Label {
  readonly ja: string;
  readonly en: string;
}

export interface FieldSpec {
  /** Dotted path into the object, e.g. `address.prefecture`, `remoteId.type`. */
  readonly path: string;
  readonly label: Label;
  readonly kind: "text" | "email" | "tel" | "date" | "number" | "checkbox" | "select";
  readonly options?: Readonly<Record<string, CodeLabel>>;
}

const f = (path: string, label: Label, kind: FieldSpec["kind"] = "text", options?: FieldSpec["options"]): FieldSpec =>
  options ? { path, label, kind, options } : { path, label, kind };

const LABEL: Label = { ja: "表示名（任意）", en: "Label (optional)" };

const CONTACT: readonly FieldSpec[] = [
  f("address.postalCode", FIELD_NAMES.postalCode),
  f("address.prefecture", FIELD_NAMES.prefecture),
  f("address.city", FIELD_NAMES.city),
  f("address.line1", FIELD_NAMES.line1),
  f("address.line2", FIELD_NAMES.line2),
  f("phone", FIELD_NAMES.phone, "tel"),
  f("email", FIELD_NAMES.email, "email"),
];

export const INDIVIDUAL_FIELDS: readonly FieldSpec[] = [
  f("label", LABEL),
  f("name", FIELD_NAMES.name),
  f("reading", FIELD_NAMES.reading),
  f("birthDate", FIELD_NAMES.birthDate, "date"),
  ...CONTACT,
];

export const CORPORATION_FIELDS: readonly FieldSpec[] = [
  f("label", LABEL),
  f("companyName", FIELD_NAMES.companyName),
  f("companyReading", FIELD_NAMES.companyReading),
  f("corporateNumber", FIELD_NAMES.corporateNumber),
  f("representative", FIELD_NAMES.representative),
  f("representativeReading", FIELD_NAMES.representativeReading),
  ...CONTACT,
];

/** The separate user's fields, under `user.person`. */
export const USER_FIELDS: readonly FieldSpec[] = [
  f("name", FIELD_NAMES.name),
  f("reading", FIELD_NAMES.reading),
  ...CONTACT,
].map((spec) => ({ ...spec, path: `user.person.${spec.path}` }));

export const UA_FIELDS: readonly FieldSpec[] = [
  f("label", LABEL),
  f("manufacturingType", FIELD_NAMES.manufacturingType, "select", MANUFACTURING_TYPE_LABELS),
  f("manufacturer", FIELD_NAMES.manufacturer),
  f("model", FIELD_NAMES.model),
  f("category", FIELD_NAMES.category, "select", CATEGORY_LABELS),
  f("serialNumber", FIELD_NAMES.serialNumber),
  f("weightKg", { ja: "重量（kg）", en: "Weight (kg)" }, "number"),
  f("maxTakeoffWeightKg", { ja: "最大離陸重量（kg）", en: "Maximum take-off weight (kg)" }, "number"),
  f("remoteId.type", FIELD_NAMES.remoteIdType, "select", REMOTE_ID_TYPE_LABELS),
  f("remoteId.manufacturer", FIELD_NAMES.remoteIdManufacturer),
  f("remoteId.model", FIELD_NAMES.remoteIdModel),
  f("remoteId.serialNumber", FIELD_NAMES.remoteIdSerialNumber),
  f("altered", FIELD_NAMES.altered, "checkbox"),
  f("alterationDetails", FIELD_NAMES.alterationDetails),
];

export function getPath(object: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], object);
}

export function setPath(object: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  const last = keys.pop() ?? "";
  let target = object;
  for (const key of keys) {
    target[key] ??= {};
    target = target[key] as Record<string, unknown>;
  }
  target[last] = value;
}
