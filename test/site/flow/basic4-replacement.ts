// SPDX-License-Identifier: MIT
/**
 * Step ③: the owner's name, address and birth date must be those of the card's basic 4 facts. When they differ
 * (after NFKC / whitespace normalisation, shared/basic4.ts) the site takes the card's and rebuilds the data.
 */
import { differingFacts, type Basic4, type Basic4Field } from "../../../shared/basic4";
import type { ApplicationData } from "../model/application-data";

export interface Replacement {
  readonly data: ApplicationData;
  /** Empty when the entered owner data already matched the card. */
  readonly replaced: Basic4Field[];
}

export function replaceOwnerFactsWithCard(data: ApplicationData, card: Basic4): Replacement {
  const entered = { name: data.owner.name, address: data.owner.address, birthDate: data.owner.birthDate };
  const replaced = differingFacts(card, entered);
  if (replaced.length === 0) return { data, replaced };
  const owner = { ...data.owner, name: card.name, address: card.address, birthDate: card.birthDate };
  return { data: { ...data, owner }, replaced };
}
