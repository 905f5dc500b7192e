// SPDX-License-Identifier: MIT
/**
 * The card's basic 4 facts against a saved individual owner, as DIPS-REG compares them before its step ③: name,
 * address and birth date after NFKC and whitespace normalisation (shared/basic4.ts).
 */
import { differingFacts, type Basic4, type Basic4Field } from "../../shared/basic4";
import type { IndividualOwner } from "../profiles/model/profiles";
import { fullAddress } from "../profiles/model/profiles-address";

export interface FactDifference {
  readonly field: Basic4Field;
  /** As on the card. */
  readonly card: string;
  /** As in the profile (the address on one line). */
  readonly profile: string;
}

/** The facts that differ, with both values, in the order name, address, birth date. */
export function holderDifferences(owner: IndividualOwner, holder: Basic4): FactDifference[] {
  const entered = { name: owner.name, address: fullAddress(owner.address), birthDate: owner.birthDate };
  return differingFacts(holder, entered).map((field) => ({ field, card: holder[field], profile: entered[field] }));
}
