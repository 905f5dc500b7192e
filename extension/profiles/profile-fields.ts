// SPDX-License-Identifier: MIT
/**
 * The fields of a saved profile as dotted paths, derived from the zod schemas in extension/profiles/model/profiles.ts. The editor
 * (ui/form-fields.ts) and the prefill keys (prefill-keys.ts) are records keyed by these types, so a field added to
 * the schema fails the type-check until both have an entry for it.
 */
import type { Owner, Ua } from "./model/profiles";

/** Dotted paths to the leaves (text, number, boolean) of an object type. */
type Leaves<T> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends string | number | boolean
    ? K
    : `${K}.${Leaves<NonNullable<T[K]>>}`;
}[keyof T & string];

/** The separate user is edited in its own group (`user.person.…`); `id` and `kind` are not edited. */
type Edited<T> = Exclude<Leaves<T>, "id" | "kind" | `user.${string}`>;

export type IndividualField = Edited<Extract<Owner, { kind: "individual" }>>;
export type CorporationField = Edited<Extract<Owner, { kind: "corporation" }>>;
export type UserPersonField = Leaves<Extract<Owner["user"], { sameAsOwner: false }>["person"]>;
export type UaField = Exclude<Leaves<Ua>, "id">;
