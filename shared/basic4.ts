// SPDX-License-Identifier: MIT
import * as z from "zod/mini";

/**
 * The card's "basic 4 facts" (基本4情報) as read from the signing certificate's subjectAltName.
 * Dates are ISO `YYYY-MM-DD`; sex follows the certificate coding: "1" male, "2" female, "3" unknown.
 */
export const Basic4Schema = z.strictObject({
  name: z.string().check(z.maxLength(200)),
  address: z.string().check(z.maxLength(400)),
  birthDate: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  sex: z.enum(["1", "2", "3"]),
});
export type Basic4 = z.infer<typeof Basic4Schema>;

/** NFKC, every run of whitespace (including U+3000) removed: "東京都 千代田区１－１" ≡ "東京都千代田区1-1". */
export function normalizeFact(value: string): string {
  return value
    .normalize("NFKC")
    .replace(/[\s\u3000]+/gu, "")
    .replace(/[‐‑‒–—―−]/gu, "-");
}

export type Basic4Field = "name" | "address" | "birthDate";

/** The fields the site compares (name, address, birth date) that differ after normalisation. */
export function differingFacts(card: Pick<Basic4, Basic4Field>, entered: Pick<Basic4, Basic4Field>): Basic4Field[] {
  const fields: Basic4Field[] = ["name", "address", "birthDate"];
  return fields.filter((field) => normalizeFact(card[field]) !== normalizeFact(entered[field]));
}
