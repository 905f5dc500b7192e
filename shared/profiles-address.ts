// SPDX-License-Identifier: MIT
/**
 * Splitting a one-line Japanese address (as the My Number Card and older profiles hold it) into the parts forms ask
 * for, and joining the parts back. The split is a best effort: prefecture by name, city up to the first 市/区/町/村
 * (a 郡 keeps its 町/村, a 政令市 keeps its 区); whatever is left stays in `line1`, so nothing is lost.
 */
import type { Address } from "./profiles";

const PREFECTURE = /^(東京都|北海道|(?:京都|大阪)府|.{2,3}県)/u;
const CITY = /^(.+?郡.+?[町村]|.+?市.+?区|.+?[市区町村])/u;

/**
 * @example splitAddress("東京都千代田区霞が関2-1-3") // { prefecture: "東京都", city: "千代田区", line1: "霞が関2-1-3", … }
 */
export function splitAddress(oneLine: string, postalCode = ""): Address {
  // Kept as written (no NFKC): the card's exact text is what the site compares with.
  let rest = oneLine.trim();
  const prefecture = PREFECTURE.exec(rest)?.[1] ?? "";
  rest = rest.slice(prefecture.length);
  const city = CITY.exec(rest)?.[1] ?? "";
  rest = rest.slice(city.length).trim();
  return { postalCode, prefecture, city, line1: rest, line2: "" };
}

/** The address on one line without the postal code, as the card shows it (a space before the building). */
export function fullAddress(address: Address): string {
  const street = `${address.prefecture}${address.city}${address.line1}`;
  return address.line2 === "" ? street : `${street} ${address.line2}`;
}
