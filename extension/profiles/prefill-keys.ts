// SPDX-License-Identifier: MIT
/**
 * Which prefill key (extension/prefill/field-synonyms.ts) carries each profile field to the site's forms, or null
 * for a field the site never asks for (our own label). The records are keyed by the schema's fields
 * (profile-fields.ts) and their values by the synonym table's keys, so the compiler checks schema ↔ synonyms, and
 * the prefill plan (extension/prefill/build-plan.ts) has a writer per key named here, also checked by the compiler;
 * the test next to this file checks that the writers do fill every key.
 */
import type { PersonKey, UaKey } from "../prefill/field-synonyms";
import type { CorporationField, IndividualField, UaField, UserPersonField } from "./profile-fields";

/** The address, phone and e-mail an owner and a separate user both have. */
export const CONTACT_PREFILL_KEYS = {
  "address.postalCode": "postalCode",
  "address.prefecture": "prefecture",
  "address.city": "city",
  "address.line1": "line1",
  "address.line2": "line2",
  phone: "phone",
  email: "email",
} as const;

export const INDIVIDUAL_PREFILL_KEYS = {
  label: null,
  name: "name",
  reading: "reading",
  birthDate: "birthDate",
  ...CONTACT_PREFILL_KEYS,
} as const satisfies Record<IndividualField, PersonKey | null>;

export const CORPORATION_PREFILL_KEYS = {
  label: null,
  companyName: "companyName",
  companyReading: "companyReading",
  corporateNumber: "corporateNumber",
  representative: "representative",
  representativeReading: "representativeReading",
  ...CONTACT_PREFILL_KEYS,
} as const satisfies Record<CorporationField, PersonKey | null>;

export const USER_PREFILL_KEYS = {
  name: "name",
  reading: "reading",
  ...CONTACT_PREFILL_KEYS,
} as const satisfies Record<UserPersonField, PersonKey | null>;

export const UA_PREFILL_KEYS = {
  label: null,
  manufacturingType: "manufacturingType",
  manufacturer: "manufacturer",
  model: "model",
  category: "category",
  serialNumber: "serialNumber",
  weightKg: "weight",
  maxTakeoffWeightKg: "maxTakeoffWeight",
  "remoteId.type": "remoteIdType",
  "remoteId.manufacturer": "remoteIdManufacturer",
  "remoteId.model": "remoteIdModel",
  "remoteId.serialNumber": "remoteIdSerialNumber",
  altered: "altered",
  alterationDetails: "alterationDetails",
} as const satisfies Record<UaField, UaKey | null>;
