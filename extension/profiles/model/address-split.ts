// SPDX-License-Identifier: MIT
/**
 * Splitting a one-line Japanese address (as the My Number Card holds it) into the parts forms ask for, with the
 * prefecture and the municipality (its ward in a 政令市, its 郡 for a town or village) taken from the official list
 * of municipalities (municipalities.ts, see docs/municipalities.md). An address the list does not know falls back to
 * the rule of profiles-address.ts; whatever is left stays in `line1`, so nothing is lost. Importing this module
 * brings the list (about 21 KB) into the bundle: only the pages that split card addresses import it.
 */
import { municipalityAt, prefectureNames } from "./municipalities";
import { cityByRule, prefectureByRule } from "./profiles-address";
import type { Address } from "./profiles";

/**
 * @example splitAddress("三重県四日市市諏訪町1番5号") // { prefecture: "三重県", city: "四日市市", line1: "諏訪町1番5号", … }
 */
export function splitAddress(oneLine: string, postalCode = ""): Address {
  // Kept as written (no NFKC): the card's exact text is what the site compares with.
  let rest = oneLine.trim();
  const prefecture = prefectureNames().find((name) => rest.startsWith(name)) ?? prefectureByRule(rest);
  rest = rest.slice(prefecture.length);
  const city = municipalityAt(prefecture, rest) || cityByRule(rest);
  return { postalCode, prefecture, city, line1: rest.slice(city.length).trim(), line2: "" };
}
