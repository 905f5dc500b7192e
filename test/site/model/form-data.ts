// SPDX-License-Identifier: MIT
/** From the wizard's raw form values (strings) to validated application data. */
import type { z } from "zod";
import { OwnerSchema, UaSchema, UserSchema, type Owner, type Ua, type User } from "./application-data";

export type Parsed<T> = { ok: true; value: T } | { ok: false; invalid: string[] };

function parsed<T>(result: z.ZodSafeParseResult<T>): Parsed<T> {
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, invalid: [...new Set(result.error.issues.map((issue) => String(issue.path[0] ?? "")))] };
}

export const OWNER_KEYS = ["name", "reading", "address", "birthDate", "phone", "email"] as const;

/** 姓 and 名 (or セイ and メイ) as one name, separated by an ideographic space as on the card; "" when either is empty. */
function joinName(last: string | undefined, first: string | undefined): string {
  const parts = [last, first].map((part) => (part ?? "").trim());
  return parts.every((part) => part !== "") ? parts.join("\u3000") : "";
}

/** Year / month / day selects as ISO `YYYY-MM-DD` ("" when a part is missing; the schema then rejects it). */
function joinDate(year: string | undefined, month: string | undefined, day: string | undefined): string {
  if (!year || !month || !day) return "";
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

/**
 * The owner form's split boxes joined into the application's fields. The postal code (3 + 4 digits) is checked
 * but kept with the draft only: the application data (docs/ref/site-protocol.md §3) carries the address from the prefecture on.
 */
function ownerFields(raw: Record<string, string>): { fields: Record<string, string>; invalid: string[] } {
  const postalOk = /^\d{3}$/u.test(raw.postalCode1 ?? "") && /^\d{4}$/u.test(raw.postalCode2 ?? "");
  return {
    fields: {
      ...raw,
      name: joinName(raw.lastName, raw.firstName),
      reading: joinName(raw.lastReading, raw.firstReading),
      birthDate: joinDate(raw.birthYear, raw.birthMonth, raw.birthDay),
    },
    invalid: postalOk ? [] : ["postalCode"],
  };
}
export const UA_KEYS = [
  "manufacturingType",
  "manufacturer",
  "model",
  "category",
  "serialNumber",
  "remoteIdType",
  "remoteIdManufacturer",
  "remoteIdModel",
  "remoteIdSerialNumber",
  "alteration",
] as const;

const pick = (raw: Record<string, string>, keys: readonly string[]) =>
  Object.fromEntries(keys.map((key) => [key, raw[key] ?? ""]));

export function ownerFromRaw(raw: Record<string, string>): Parsed<Owner> {
  const { fields, invalid } = ownerFields(raw);
  const result = parsed(OwnerSchema.safeParse(pick(fields, OWNER_KEYS)));
  if (invalid.length === 0) return result;
  return { ok: false, invalid: [...(result.ok ? [] : result.invalid), ...invalid] };
}

export function uaFromRaw(raw: Record<string, string>): Parsed<Ua> {
  return parsed(UaSchema.safeParse(pick(raw, UA_KEYS)));
}

/** `same` is "same" or "different" (the radio); the other fields only count for a different user. */
export function userFromRaw(raw: Record<string, string>): Parsed<User> {
  if (raw.same === "same") return parsed(UserSchema.safeParse({ sameAsOwner: true }));
  if (raw.same !== "different") return { ok: false, invalid: ["same"] };
  return parsed(
    UserSchema.safeParse({
      sameAsOwner: false,
      name: joinName(raw.lastName, raw.firstName),
      address: raw.address ?? "",
      phone: raw.phone ?? "",
      email: raw.email ?? "",
    }),
  );
}
