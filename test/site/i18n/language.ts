// SPDX-License-Identifier: MIT
/** The practice site speaks Japanese (default, like DIPS-REG) and English. */
export type Language = "ja" | "en";

export const LANGUAGES: readonly Language[] = ["ja", "en"];

export function parseLanguage(value: string | undefined | null): Language | null {
  return value === "ja" || value === "en" ? value : null;
}
