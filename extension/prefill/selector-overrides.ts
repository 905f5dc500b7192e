// SPDX-License-Identifier: MIT
/**
 * The per-page selector overrides that apply to a URL. Settings map a URL prefix to `field path → CSS selector`
 * (extension/settings/model/settings.ts); every prefix the URL starts with applies, a longer (more specific) prefix winning.
 */
export function overridesForUrl(
  table: Readonly<Record<string, Readonly<Record<string, string>>>>,
  url: string,
): Record<string, string> {
  const prefixes = Object.keys(table)
    .filter((prefix) => prefix !== "" && url.startsWith(prefix))
    .sort((a, b) => a.length - b.length);
  return Object.assign({}, ...prefixes.map((prefix) => table[prefix])) as Record<string, string>;
}
