// SPDX-License-Identifier: MIT
/**
 * The 47 prefectures in JIS X 0401 order (code = index + 1), so a prefecture select is matched by its name with or
 * without 都/府/県, or by its code when the options show only codes.
 */
const PREFECTURES =
  "北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県 宮崎県 鹿児島県 沖縄県".split(
    " ",
  );

/** "東京都" → ["東京都", "東京", "13"]; an unknown name → [name]. */
export function prefectureChoices(name: string): string[] {
  const index = PREFECTURES.indexOf(name);
  if (index < 0) return [name];
  const short = name === "北海道" ? name : name.replace(/[都府県]$/u, "");
  return [name, short, String(index + 1).padStart(2, "0")];
}

/** Whether a text names a prefecture ("東京都", "東京", "Tokyo (東京都)" does not: only the Japanese name). */
export function isPrefectureName(text: string): boolean {
  const trimmed = text.trim();
  return PREFECTURES.some((name) => trimmed === name || trimmed === name.replace(/[都府県]$/u, ""));
}
