// SPDX-License-Identifier: MIT
/**
 * From a saved owner (with its user) and the chosen UAs to the list of values to fill. Runs in the popup; the
 * page side only matches and fills. Alternatives (a full name or surname + given name, a one-line address or its
 * parts) share a group so a page that uses one form does not report the other as missing.
 */
import type { Address, Owner, Ua } from "../../shared/profiles";
import { fullAddress } from "../../shared/profiles-address";
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

/** "山田 太郎" → ["山田", "太郎"]; a name without a space stays whole. */
function splitName(name: string): [string, string] | undefined {
  const [last, ...rest] = name.trim().split(/[\s\u3000]+/u);
  return last && rest.length > 0 ? [last, rest.join(" ")] : undefined;
}

function addPerson(add: Add, name: string, reading: string): void {
  add("name", name, { group: "name" });
  const [last, first] = splitName(name) ?? [];
  if (last && first) {
    add("lastName", last, { group: "name" });
    add("firstName", first, { group: "name" });
  }
  add("reading", reading, { group: "reading" });
  const [lastReading, firstReading] = splitName(reading) ?? [];
  if (lastReading && firstReading) {
    add("lastNameReading", lastReading, { group: "reading" });
    add("firstNameReading", firstReading, { group: "reading" });
  }
}

function addContact(add: Add, contact: { address: Address; phone: string; email: string }): void {
  const { address } = contact;
  const full = fullAddress(address);
  add("postalCode", address.postalCode);
  add("address", full, {
    group: "address",
    whenPresent: { key: "prefecture", value: full.slice(address.prefecture.length) },
  });
  add("prefecture", address.prefecture, { group: "address", choices: prefectureChoices(address.prefecture) });
  add("city", address.city, { group: "address" });
  const lines = [address.line1, address.line2].filter(Boolean).join(" ");
  add("line1", lines, { group: "address", whenPresent: { key: "line2", value: address.line1 } });
  add("line2", address.line2, { group: "address" });
  add("phone", contact.phone);
  add("email", contact.email, { group: "email" });
  add("emailConfirm", contact.email, { group: "email" });
}

function ownerEntries(owner: Owner): PlanEntry[] {
  const entries: PlanEntry[] = [];
  const add = adder(entries, { part: "owner" });
  if (owner.kind === "individual") {
    add("ownerKind", "individual", { choices: ["個人", "individual", "person"], optional: true });
    addPerson(add, owner.name, owner.reading);
    add("birthDate", owner.birthDate.replaceAll("-", "/"), { byType: { date: owner.birthDate } });
  } else {
    add("ownerKind", "corporation", { choices: ["法人", "corporation", "company"], optional: true });
    add("companyName", owner.companyName, { group: "companyName" });
    add("name", owner.companyName, { group: "companyName" });
    add("companyReading", owner.companyReading, { group: "companyReading" });
    add("reading", owner.companyReading, { group: "companyReading" });
    add("corporateNumber", owner.corporateNumber);
    add("representative", owner.representative);
    add("representativeReading", owner.representativeReading);
  }
  addContact(add, owner);
  const addUser = adder(entries, { part: "user" });
  if (owner.user.sameAsOwner) {
    addUser("sameAsOwner", "true", { choices: SAME_AS_OWNER });
  } else {
    addUser("sameAsOwner", "false", { choices: DIFFERENT_FROM_OWNER });
    addPerson(addUser, owner.user.person.name, owner.user.person.reading);
    addContact(addUser, owner.user.person);
  }
  return entries;
}

function uaEntries(ua: Ua, n: number): PlanEntry[] {
  const entries: PlanEntry[] = [];
  const add = adder(entries, { part: "ua", n });
  add("manufacturingType", ua.manufacturingType, {
    choices: spellings(MANUFACTURING_TYPE_LABELS, ua.manufacturingType),
  });
  add("manufacturer", ua.manufacturer);
  add("model", ua.model);
  add("category", ua.category, { choices: spellings(CATEGORY_LABELS, ua.category) });
  add("serialNumber", ua.serialNumber);
  add("weight", String(ua.weightKg));
  add("maxTakeoffWeight", String(ua.maxTakeoffWeightKg));
  add("remoteIdType", ua.remoteId.type, { choices: spellings(REMOTE_ID_TYPE_LABELS, ua.remoteId.type) });
  if (ua.remoteId.type !== "0") {
    add("remoteIdManufacturer", ua.remoteId.manufacturer);
    add("remoteIdModel", ua.remoteId.model);
    add("remoteIdSerialNumber", ua.remoteId.serialNumber);
  }
  const altered = ua.altered ? "yes" : "no";
  add("altered", String(ua.altered), { choices: spellings(YES_NO_LABELS, altered) });
  if (ua.altered) add("alterationDetails", ua.alterationDetails);
  return entries;
}

/** Every value to fill for the owner (and user) and the UAs in the order chosen (UA 1, UA 2, …). */
export function buildPlanEntries(owner: Owner, uas: readonly Ua[]): PlanEntry[] {
  return [...ownerEntries(owner), ...uas.flatMap((ua, i) => uaEntries(ua, i + 1))];
}
