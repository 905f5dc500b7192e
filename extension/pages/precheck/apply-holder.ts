// SPDX-License-Identifier: MIT
/**
 * The owner updated from the card's facts. Apart from compare-holder.ts because it splits the card's address by the
 * official list of municipalities: the background imports the comparison and must not carry the list.
 */
import type { Basic4 } from "../../../shared/basic4";
import type { IndividualOwner } from "../../profiles/model/profiles";
import { splitAddress } from "../../profiles/model/address-split";
import { holderDifferences } from "../../common/compare-holder";

/** The owner with the differing facts replaced by the card's (the postal code is kept; the address is re-split). */
export function applyHolder(owner: IndividualOwner, holder: Basic4): IndividualOwner {
  const fields = new Set(holderDifferences(owner, holder).map((difference) => difference.field));
  return {
    ...owner,
    name: fields.has("name") ? holder.name : owner.name,
    birthDate: fields.has("birthDate") ? holder.birthDate : owner.birthDate,
    address: fields.has("address") ? splitAddress(holder.address, owner.address.postalCode) : owner.address,
  };
}
