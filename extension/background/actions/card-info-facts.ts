// SPDX-License-Identifier: MIT
/**
 * The card-info AP's basic 4 facts (mode 04 result: each the lower-case hex of its UTF-8 text) as a Basic4: birth
 * date `YYYYMMDD` → ISO, sex `1`/`2`/`9` (card-info AP coding, docs/ref/jpki-card.md §13) → the certificate coding
 * `1`/`2`/`3` that Basic4 uses. The individual number is not part of this: it is never read (host/commands/card-info.ts).
 */
import { CompanionError } from "../../../shared/errors/companion-error";
import { Basic4Schema, type Basic4 } from "../../../shared/basic4";

/** The four hex fields of a card-info result. */
export interface CardInfoHex {
  readonly name: string;
  readonly address: string;
  readonly birthday: string;
  readonly sex: string;
}

const SEX_CODES: Readonly<Record<string, Basic4["sex"]>> = { "1": "1", "2": "2", "9": "3", "0": "3" };

function utf8(hex: string): string {
  const bytes = new Uint8Array((hex.match(/../g) ?? []).map((pair) => Number.parseInt(pair, 16)));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

/**
 * @example cardInfoToBasic4({ name: "e8a68be69cac…", address: "…", birthday: "3139393030343031", sex: "32" })
 *   // { name: "見本\u3000花子", address: "…", birthDate: "1990-04-01", sex: "2" }
 * @throws CompanionError CARD_ERROR when a field is not what the card-info AP stores
 */
export function cardInfoToBasic4(facts: CardInfoHex): Basic4 {
  try {
    const birthday = /^(\d{4})(\d{2})(\d{2})$/.exec(utf8(facts.birthday));
    const sex = SEX_CODES[utf8(facts.sex).trim()];
    const parsed = Basic4Schema.safeParse({
      name: utf8(facts.name).trim(),
      address: utf8(facts.address).trim(),
      birthDate: birthday === null ? "" : `${birthday[1]}-${birthday[2]}-${birthday[3]}`,
      sex,
    });
    if (parsed.success) return parsed.data;
    throw new CompanionError("CARD_ERROR", undefined, { cause: parsed.error });
  } catch (error) {
    throw error instanceof CompanionError ? error : new CompanionError("CARD_ERROR", undefined, { cause: error });
  }
}
