// SPDX-License-Identifier: MIT
/**
 * From a saved owner (with its user) and the chosen UAs to the list of values to fill. Runs in the popup; the
 * page side only matches and fills. Alternatives (a full name or surname + given name, a one-line address or its
 * parts) share a group so a page that uses one form does not report the other as missing.
 */
import type { Address, Owner, Ua } from "../profiles/model/profiles";
import { fullAddress } from "../profiles/model/profiles-address";
import {
  CATEGORY_LABELS,
  MANUFACTURING_TYPE_LABELS,
  REMOTE_ID_TYPE_LABELS,
  spellings,
  YES_NO_LABELS,
} from "../profiles/ua-codes";
import type { PersonKey, UaKey } from "./field-synonyms";
import type { PlanEntry, PlanScope } from "./prefill-plan";
import { prefectureChoices } from "./prefectures";
import type {
  CONTACT_PREFILL_KEYS,
  CORPORATION_PREFILL_KEYS,
  INDIVIDUAL_PREFILL_KEYS,
  UA_PREFILL_KEYS,
  USER_PREFILL_KEYS,
} from "../profiles/prefill-keys";

type Individual = Extract<Owner, { kind: "individual" }>;
type Corporation = Extract<Owner, { kind: "corporation" }>;
type UserPerson = Extract<Owner["user"], { sameAsOwner: false }>["person"];

const SAME_AS_OWNER = ["same", "所有者と同一", "same as the owner", "同一", "同じ", "yes", "true", "はい"];
const DIFFERENT_FROM_OWNER = [
  "different",
  "所有者と異なる",
  "different from the owner",
  "異なる",
  "no",
  "false",
  "いいえ",
];

type Add = (key: PersonKey | UaKey, value: string, extra?: Partial<Omit<PlanEntry, "scope" | "key" | "value">>) => void;

function adder(entries: PlanEntry[], scope: PlanScope): Add {
  return (key, value, extra = {}) => {
    if (value !== "") entries.push({ scope, key, value, choices: extra.choices ?? [value], ...extra });
  };
}

/** A contact as an owner and a separate user both have it. */
interface Contact {
  readonly address: Address;
  readonly phone: string;
  readonly email: string;
}

/** The prefill keys a table of prefill-keys.ts names (its fields' keys, without the fields the site never asks). */
type NamedKeys<Table> = Extract<Table[keyof Table], string>;

/**
 * One writer per prefill key that a profile field names (prefill-keys.ts), in the order the plan lists them: a
 * field whose key has no writer here fails the type-check, so a new profile field cannot silently miss the plan.
 */
type Writers<Table, From> = Readonly<Record<NamedKeys<Table>, (add: Add, from: From) => void>>;

/** "山田 太郎" → ["山田", "太郎"]; a name without a space stays whole. */
function splitName(name: string): [string, string] | undefined {
  const [last, ...rest] = name.trim().split(/[\s\u3000]+/u);
  return last && rest.length > 0 ? [last, rest.join(" ")] : undefined;
}

function addName(add: Add, name: string): void {
  add("name", name, { group: "name" });
  const [last, first] = splitName(name) ?? [];
  if (last && first) {
    add("lastName", last, { group: "name" });
    add("firstName", first, { group: "name" });
  }
}

function addReading(add: Add, reading: string): void {
  add("reading", reading, { group: "reading" });
  const [lastReading, firstReading] = splitName(reading) ?? [];
  if (lastReading && firstReading) {
    add("lastNameReading", lastReading, { group: "reading" });
    add("firstNameReading", firstReading, { group: "reading" });
  }
}

const CONTACT_WRITERS = {
  postalCode: (add, { address }) => add("postalCode", address.postalCode),
  prefecture: (add, { address }) => {
    const full = fullAddress(address);
    add("address", full, {
      group: "address",
      whenPresent: { key: "prefecture", value: full.slice(address.prefecture.length) },
    });
    add("prefecture", address.prefecture, { group: "address", choices: prefectureChoices(address.prefecture) });
  },
  city: (add, { address }) => add("city", address.city, { group: "address" }),
  line1: (add, { address }) => {
    const lines = [address.line1, address.line2].filter(Boolean).join(" ");
    add("line1", lines, { group: "address", whenPresent: { key: "line2", value: address.line1 } });
  },
  line2: (add, { address }) => add("line2", address.line2, { group: "address" }),
  phone: (add, contact) => add("phone", contact.phone),
  email: (add, contact) => {
    add("email", contact.email, { group: "email" });
    add("emailConfirm", contact.email, { group: "email" });
  },
} as const satisfies Writers<typeof CONTACT_PREFILL_KEYS, Contact>;

const INDIVIDUAL_WRITERS = {
  name: (add, owner) => addName(add, owner.name),
  reading: (add, owner) => addReading(add, owner.reading),
  birthDate: (add, owner) =>
    add("birthDate", owner.birthDate.replaceAll("-", "/"), { byType: { date: owner.birthDate } }),
  ...CONTACT_WRITERS,
} as const satisfies Writers<typeof INDIVIDUAL_PREFILL_KEYS, Individual>;

/** A page with one name box for either kind gets the company's name there (and its reading). */
const CORPORATION_WRITERS = {
  companyName: (add, owner) => {
    add("companyName", owner.companyName, { group: "companyName" });
    add("name", owner.companyName, { group: "companyName" });
  },
  companyReading: (add, owner) => {
    add("companyReading", owner.companyReading, { group: "companyReading" });
    add("reading", owner.companyReading, { group: "companyReading" });
  },
  corporateNumber: (add, owner) => add("corporateNumber", owner.corporateNumber),
  representative: (add, owner) => add("representative", owner.representative),
  representativeReading: (add, owner) => add("representativeReading", owner.representativeReading),
  ...CONTACT_WRITERS,
} as const satisfies Writers<typeof CORPORATION_PREFILL_KEYS, Corporation>;

const USER_WRITERS = {
  name: (add, person) => addName(add, person.name),
  reading: (add, person) => addReading(add, person.reading),
  ...CONTACT_WRITERS,
} as const satisfies Writers<typeof USER_PREFILL_KEYS, UserPerson>;

/** The remote ID's details only when it has one (type 0: none), the alteration's only when altered. */
const UA_WRITERS = {
  manufacturingType: (add, ua) =>
    add("manufacturingType", ua.manufacturingType, {
      choices: spellings(MANUFACTURING_TYPE_LABELS, ua.manufacturingType),
    }),
  manufacturer: (add, ua) => add("manufacturer", ua.manufacturer),
  model: (add, ua) => add("model", ua.model),
  category: (add, ua) => add("category", ua.category, { choices: spellings(CATEGORY_LABELS, ua.category) }),
  serialNumber: (add, ua) => add("serialNumber", ua.serialNumber),
  weight: (add, ua) => add("weight", String(ua.weightKg)),
  maxTakeoffWeight: (add, ua) => add("maxTakeoffWeight", String(ua.maxTakeoffWeightKg)),
  remoteIdType: (add, ua) =>
    add("remoteIdType", ua.remoteId.type, { choices: spellings(REMOTE_ID_TYPE_LABELS, ua.remoteId.type) }),
  remoteIdManufacturer: (add, ua) => {
    if (ua.remoteId.type !== "0") add("remoteIdManufacturer", ua.remoteId.manufacturer);
  },
  remoteIdModel: (add, ua) => {
    if (ua.remoteId.type !== "0") add("remoteIdModel", ua.remoteId.model);
  },
  remoteIdSerialNumber: (add, ua) => {
    if (ua.remoteId.type !== "0") add("remoteIdSerialNumber", ua.remoteId.serialNumber);
  },
  altered: (add, ua) =>
    add("altered", String(ua.altered), { choices: spellings(YES_NO_LABELS, ua.altered ? "yes" : "no") }),
  alterationDetails: (add, ua) => {
    if (ua.altered) add("alterationDetails", ua.alterationDetails);
  },
} as const satisfies Writers<typeof UA_PREFILL_KEYS, Ua>;

/** Runs every writer of a table, in its order. */
function write<From>(add: Add, writers: Readonly<Record<string, (add: Add, from: From) => void>>, from: From): void {
  for (const writer of Object.values(writers)) writer(add, from);
}

function ownerEntries(owner: Owner): PlanEntry[] {
  const entries: PlanEntry[] = [];
  const add = adder(entries, { part: "owner" });
  if (owner.kind === "individual") {
    add("ownerKind", "individual", { choices: ["個人", "individual", "person"], optional: true });
    write(add, INDIVIDUAL_WRITERS, owner);
  } else {
    add("ownerKind", "corporation", { choices: ["法人", "corporation", "company"], optional: true });
    write(add, CORPORATION_WRITERS, owner);
  }
  const addUser = adder(entries, { part: "user" });
  if (owner.user.sameAsOwner) {
    addUser("sameAsOwner", "true", { choices: SAME_AS_OWNER });
  } else {
    addUser("sameAsOwner", "false", { choices: DIFFERENT_FROM_OWNER });
    write(addUser, USER_WRITERS, owner.user.person);
  }
  return entries;
}

function uaEntries(ua: Ua, n: number): PlanEntry[] {
  const entries: PlanEntry[] = [];
  write(adder(entries, { part: "ua", n }), UA_WRITERS, ua);
  return entries;
}

/** Every value to fill for the owner (and user) and the UAs in the order chosen (UA 1, UA 2, …). */
export function buildPlanEntries(owner: Owner, uas: readonly Ua[]): PlanEntry[] {
  return [...ownerEntries(owner), ...uas.flatMap((ua, i) => uaEntries(ua, i + 1))];
}
