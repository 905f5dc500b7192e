// SPDX-License-Identifier: MIT
/**
 * Display names and accepted spellings of the UA code fields (docs/ref/site-protocol.md §3), in Japanese and English.
 * The options page shows them, CSV import reads them, and prefill offers them to selects and radios.
 */
import type { MANUFACTURING_TYPES, REMOTE_ID_TYPES, UA_CATEGORIES } from "./model/profiles";

export interface CodeLabel {
  readonly ja: string;
  readonly en: string;
  /** Other spellings seen on forms and in spreadsheets. */
  readonly aliases: readonly string[];
}

export const CATEGORY_LABELS: Readonly<Record<(typeof UA_CATEGORIES)[number], CodeLabel>> = {
  "1": { ja: "飛行機", en: "Airplane", aliases: ["aeroplane", "固定翼"] },
  "2": { ja: "回転翼航空機（ヘリコプター）", en: "Rotorcraft (helicopter)", aliases: ["ヘリコプター", "helicopter"] },
  "3": {
    ja: "回転翼航空機（マルチコプター）",
    en: "Rotorcraft (multicopter)",
    aliases: ["マルチコプター", "マルチローター", "回転翼航空機（マルチローター）", "multicopter", "multirotor"],
  },
  "4": { ja: "回転翼航空機（その他）", en: "Rotorcraft (other)", aliases: ["その他回転翼", "other rotorcraft"] },
  "5": { ja: "滑空機", en: "Glider", aliases: ["グライダー"] },
  "6": { ja: "飛行船", en: "Airship", aliases: [] },
};

export const MANUFACTURING_TYPE_LABELS: Readonly<Record<(typeof MANUFACTURING_TYPES)[number], CodeLabel>> = {
  "1": {
    ja: "製造・改造",
    en: "Manufactured / modified",
    aliases: ["製造", "改造", "メーカー機", "改造機", "メーカー製", "manufactured", "modified", "manufactured ua"],
  },
  "2": { ja: "自作", en: "Home-built", aliases: ["自作機", "homebuilt", "home built", "home-built ua", "self-built"] },
};

export const REMOTE_ID_TYPE_LABELS: Readonly<Record<(typeof REMOTE_ID_TYPES)[number], CodeLabel>> = {
  "0": { ja: "なし", en: "None", aliases: ["無", "非搭載", "no"] },
  "1": { ja: "内蔵型", en: "Built-in", aliases: ["内蔵", "internal", "built in"] },
  "2": { ja: "外付型", en: "External", aliases: ["外付", "外付け", "外付け型", "externally attached"] },
};

/** Yes/no spellings for the alteration flag. */
export const YES_NO_LABELS: Readonly<Record<"yes" | "no", CodeLabel>> = {
  yes: { ja: "あり", en: "Yes", aliases: ["有", "有り", "true", "1", "altered", "modified", "改造あり"] },
  no: { ja: "なし", en: "No", aliases: ["無", "無し", "false", "0", "not altered", "unmodified", "改造なし"] },
};

/** Lower case, NFKC, without spaces and punctuation: "回転翼航空機 (マルチコプター)" ≡ "回転翼航空機（マルチコプター）". */
export function normalizeLabel(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** Every spelling of a code, the code itself first. */
export function spellings<C extends string>(table: Readonly<Record<C, CodeLabel>>, code: C): string[] {
  const label = table[code];
  return [code, label.ja, label.en, ...label.aliases];
}

/** The code whose code, name or alias equals the text (after normalisation), if any. */
export function codeFromText<C extends string>(table: Readonly<Record<C, CodeLabel>>, text: string): C | undefined {
  const wanted = normalizeLabel(text);
  return (Object.keys(table) as C[]).find((code) => spellings(table, code).some((s) => normalizeLabel(s) === wanted));
}
