// SPDX-License-Identifier: MIT
/**
 * A Japanese address's parts joined back into one line, and the rule-based split of one line into parts. The split
 * that card addresses get is address-split.ts (by the official list of municipalities); the rule stays for the
 * profile migration, which runs in every bundle (the service worker included, where the list cannot be loaded on
 * demand), and as that split's fallback for an address the list does not know.
 */
import type { Address } from "./profiles";

const PREFECTURE = /^(東京都|北海道|(?:京都|大阪)府|.{2,3}県)/u;
const CITY = /^(.+?郡.+?[町村]|.+?市.+?区|.+?[市区町村])/u;

/** The leading prefecture by the rule (東京都, 北海道, 京都府/大阪府, 2–3 characters + 県), or "". */
export function prefectureByRule(oneLine: string): string {
  return PREFECTURE.exec(oneLine)?.[1] ?? "";
}

/** The leading city by the rule: up to the first 市/区/町/村 (a 郡 keeps its 町/村, a 政令市 its 区), or "". */
export function cityByRule(rest: string): string {
  return CITY.exec(rest)?.[1] ?? "";
}

/**
 * A best effort that cuts names holding 市/町/村/郡 (四日市市 → 四日市 / 市…): whatever is left stays in `line1`,
 * so nothing is lost.
 *
 * @example splitAddressByRule("東京都千代田区霞が関2-1-3") // { prefecture: "東京都", city: "千代田区", line1: "霞が関2-1-3", … }
 */
export function splitAddressByRule(oneLine: string, postalCode = ""): Address {
  // Kept as written (no NFKC): the card's exact text is what the site compares with.
  let rest = oneLine.trim();
  const prefecture = prefectureByRule(rest);
  rest = rest.slice(prefecture.length);
  const city = cityByRule(rest);
  return { postalCode, prefecture, city, line1: rest.slice(city.length).trim(), line2: "" };
}

/** The address on one line without the postal code, as the card shows it (a space before the building). */
export function fullAddress(address: Address): string {
  const street = `${address.prefecture}${address.city}${address.line1}`;
  return address.line2 === "" ? street : `${street} ${address.line2}`;
}
