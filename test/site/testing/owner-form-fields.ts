// SPDX-License-Identifier: MIT
/** An owner's application data as the owner form posts it: 姓/名, セイ/メイ, the postal code 3 + 4, y/m/d. */
import type { Owner } from "../model/application-data";

/**
 * The `owner.*` form fields for `owner` (its name and reading split at the first space), with `postalCode` given as
 * "NNN-NNNN" (the application data has none).
 */
export function ownerFormFields(owner: Owner, postalCode = "100-0013"): Record<string, string> {
  const split = (text: string) => {
    const [last = "", ...rest] = text.split(/[\s\u3000]+/u);
    return [last, rest.join(" ")];
  };
  const [lastName = "", firstName = ""] = split(owner.name);
  const [lastReading = "", firstReading = ""] = split(owner.reading);
  const [birthYear = "", birthMonth = "", birthDay = ""] = owner.birthDate.split("-");
  const [postalCode1 = "", postalCode2 = ""] = postalCode.split("-");
  const fields = {
    lastName,
    firstName,
    lastReading,
    firstReading,
    postalCode1,
    postalCode2,
    address: owner.address,
    birthYear,
    birthMonth,
    birthDay,
    phone: owner.phone,
    email: owner.email,
  };
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [`owner.${key}`, value]));
}
