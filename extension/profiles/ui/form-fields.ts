// SPDX-License-Identifier: MIT
/**
 * The editable fields of owners, users and UAs: a dotted path into the profile object, a label, and a control
 * kind. Labels reuse the prefill report names (field-names.ts) so the editor and the report speak alike.
 */
import { FIELD_NAMES } from "../../prefill/field-names";
import type { CorporationField, IndividualField, UaField, UserPersonField } from "../profile-fields";
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

/**
 * An editor entry without its path: the path is the key of the record it sits in. Each list is such a record keyed
 * by the schema's fields (profile-fields.ts), so the compiler finds a field without an editor entry.
 */
type Entry = Omit<FieldSpec, "path">;

const f = (label: Label, kind: FieldSpec["kind"] = "text", options?: FieldSpec["options"]): Entry =>
  options ? { label, kind, options } : { label, kind };

const specs = (entries: Readonly<Record<string, Entry>>, prefix = ""): readonly FieldSpec[] =>
  Object.entries(entries).map(([path, entry]) => ({ path: `${prefix}${path}`, ...entry }));

const LABEL: Label = { ja: "表示名（任意）", en: "Label (optional)" };

const CONTACT = {
  "address.postalCode": f(FIELD_NAMES.postalCode),
  "address.prefecture": f(FIELD_NAMES.prefecture),
  "address.city": f(FIELD_NAMES.city),
  "address.line1": f(FIELD_NAMES.line1),
  "address.line2": f(FIELD_NAMES.line2),
  phone: f(FIELD_NAMES.phone, "tel"),
  email: f(FIELD_NAMES.email, "email"),
};

export const INDIVIDUAL_FIELDS = specs({
  label: f(LABEL),
  name: f(FIELD_NAMES.name),
  reading: f(FIELD_NAMES.reading),
  birthDate: f(FIELD_NAMES.birthDate, "date"),
  ...CONTACT,
} satisfies Record<IndividualField, Entry>);

export const CORPORATION_FIELDS = specs({
  label: f(LABEL),
  companyName: f(FIELD_NAMES.companyName),
  companyReading: f(FIELD_NAMES.companyReading),
  corporateNumber: f(FIELD_NAMES.corporateNumber),
  representative: f(FIELD_NAMES.representative),
  representativeReading: f(FIELD_NAMES.representativeReading),
  ...CONTACT,
} satisfies Record<CorporationField, Entry>);

/** The separate user's fields, under `user.person`. */
export const USER_FIELDS = specs(
  {
    name: f(FIELD_NAMES.name),
    reading: f(FIELD_NAMES.reading),
    ...CONTACT,
  } satisfies Record<UserPersonField, Entry>,
  "user.person.",
);

export const UA_FIELDS = specs({
  label: f(LABEL),
  manufacturingType: f(FIELD_NAMES.manufacturingType, "select", MANUFACTURING_TYPE_LABELS),
  manufacturer: f(FIELD_NAMES.manufacturer),
  model: f(FIELD_NAMES.model),
  category: f(FIELD_NAMES.category, "select", CATEGORY_LABELS),
  serialNumber: f(FIELD_NAMES.serialNumber),
  weightKg: f({ ja: "重量（kg）", en: "Weight (kg)" }, "number"),
  maxTakeoffWeightKg: f({ ja: "最大離陸重量（kg）", en: "Maximum take-off weight (kg)" }, "number"),
  "remoteId.type": f(FIELD_NAMES.remoteIdType, "select", REMOTE_ID_TYPE_LABELS),
  "remoteId.manufacturer": f(FIELD_NAMES.remoteIdManufacturer),
  "remoteId.model": f(FIELD_NAMES.remoteIdModel),
  "remoteId.serialNumber": f(FIELD_NAMES.remoteIdSerialNumber),
  altered: f(FIELD_NAMES.altered, "checkbox"),
  alterationDetails: f(FIELD_NAMES.alterationDetails),
} satisfies Record<UaField, Entry>);

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
