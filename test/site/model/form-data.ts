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
  return parsed(OwnerSchema.safeParse(pick(raw, OWNER_KEYS)));
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
      name: raw.name ?? "",
      address: raw.address ?? "",
      phone: raw.phone ?? "",
      email: raw.email ?? "",
    }),
  );
}
