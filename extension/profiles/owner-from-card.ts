// SPDX-License-Identifier: MIT
/**
 * An individual owner made or updated from the card's basic 4 facts, for the confirm-before-save view. Only what the
 * user accepted changes; the card's name, address and birth date are taken exactly as written on the card (DIPS-REG
 * compares them with the card's before its step ③). Sex is not a profile field and is never stored.
 */
import type { Basic4, Basic4Field } from "../../shared/basic4";
import { differingFacts } from "../../shared/basic4";
import type { Address, IndividualOwner, ProfileSet } from "./model/profiles";
import { splitAddress } from "./model/address-split";
import { fullAddress } from "./model/profiles-address";

/** One fact of an existing owner against the card's. */
export interface FactRow {
  readonly field: Basic4Field;
  /** As in the profile (the address on one line). */
  readonly profile: string;
  /** As on the card. */
  readonly card: string;
  readonly differs: boolean;
}

/** The fields an update can take from the card, in the order shown. */
export const CARD_FIELDS: readonly Basic4Field[] = ["name", "address", "birthDate"];

/**
 * Whether the split of a card address should be checked by the user: a part came out empty, or the rest starts with
 * 市/区/町/村/郡 — the split stopped inside a place name such as 四日市市 or 十日町市.
 */
export function addressSplitUnsure(address: Address): boolean {
  if (address.prefecture === "" || address.city === "" || address.line1 === "") return true;
  return /^[市区町村郡]/u.test(address.line1);
}

export function factRows(owner: IndividualOwner, card: Basic4): FactRow[] {
  const entered = { name: owner.name, address: fullAddress(owner.address), birthDate: owner.birthDate };
  const differing = new Set(differingFacts(card, entered));
  return CARD_FIELDS.map((field) => ({
    field,
    profile: entered[field],
    card: card[field],
    differs: differing.has(field),
  }));
}

/** The owner with the accepted fields taken from the card (the address re-split, its postal code kept). */
export function applyAccepted(
  owner: IndividualOwner,
  card: Basic4,
  accepted: ReadonlySet<Basic4Field>,
): IndividualOwner {
  return {
    ...owner,
    name: accepted.has("name") ? card.name : owner.name,
    birthDate: accepted.has("birthDate") ? card.birthDate : owner.birthDate,
    address: accepted.has("address") ? splitAddress(card.address, owner.address.postalCode) : owner.address,
  };
}

/** What the user adds to the card's facts for a new owner (the card has no reading, phone or e-mail). */
export interface NewOwnerInput {
  readonly label: string;
  readonly reading: string;
  readonly address: Address;
  readonly phone: string;
  readonly email: string;
}

/** A new individual owner (user = owner) from the card's name and birth date and the user's input. */
export function newOwnerFromCard(id: string, card: Basic4, input: NewOwnerInput): IndividualOwner {
  return {
    id,
    kind: "individual",
    label: input.label,
    name: card.name,
    reading: input.reading,
    birthDate: card.birthDate,
    address: input.address,
    phone: input.phone,
    email: input.email,
    user: { sameAsOwner: true },
  };
}

/** The set with `owner` added, or replacing the owner of the same id. */
export function withOwner(set: ProfileSet, owner: IndividualOwner): ProfileSet {
  const exists = set.owners.some((candidate) => candidate.id === owner.id);
  return {
    ...set,
    owners: exists
      ? set.owners.map((candidate) => (candidate.id === owner.id ? owner : candidate))
      : [...set.owners, owner],
  };
}
