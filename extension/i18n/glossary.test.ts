// SPDX-License-Identifier: MIT
/**
 * One name per thing (docs/glossary.md): no message table uses a retired synonym. The tables are found by reading
 * the source, so a new table cannot slip past: every table lives in a `*messages.ts` file, and each is checked.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR_CATALOGUE } from "../../shared/errors/catalogue";
import type { ErrorEntry } from "../../shared/errors/error-entry";
import { installStep } from "../common/install-steps";

const ROOT = join(import.meta.dirname, "..", "..");
const EXTENSION = join(ROOT, "extension");

/** Retired names (docs/glossary.md, "Retired"), per language, with the name to use instead. */
const RETIRED: Record<"ja" | "en", [RegExp, string][]> = {
  ja: [
    [/署名用電子証明書の暗証番号|署名用の暗証番号/u, "署名用電子証明書のパスワード"],
    [/利用者証明用電子証明書のパスワード|利用者証明用パスワード/u, "利用者証明用電子証明書の暗証番号"],
    [/券面入力補助|券面事項入力補助用のパスワード/u, "券面事項入力補助（用の暗証番号）"],
    [/ホスト/u, "カード処理プログラム"],
    [/オプションページ|オプション画面|設定ページ/u, "設定画面"],
    [/登録一覧|登録簿/u, "登録の一覧"],
    [/登録番号/u, "登録記号"],
    [/期限日|満了日/u, "有効期限"],
  ],
  en: [
    [/signing certificate password|sign password|signing PIN|signature PIN/iu, "signing password"],
    [/authentication certificate PIN|auth PIN|(?<!user-)authentication PIN/iu, "user-authentication PIN"],
    [/card-info input support PIN|card info PIN/iu, "card-info PIN"],
    [/(?<![-\w])host\b(?!-)|native host|(?<!smart )card service/iu, "card program"],
    [/options page|options screen/iu, "settings page"],
    [/registration list|list of registrations/iu, "register"],
    [/registration number|registration code/iu, "registration mark"],
    [/expiration date|due date/iu, "expiry date"],
  ],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "public" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

interface Text {
  readonly where: string;
  readonly ja: string;
  readonly en: string;
}

function isEntry(value: unknown): value is { ja: string; en: string; one?: { ja?: string; en?: string } } {
  return typeof value === "object" && value !== null && "ja" in value && "en" in value;
}

async function messageTables(): Promise<Text[]> {
  const texts: Text[] = [];
  for (const file of sourceFiles(EXTENSION).filter((path) => path.endsWith("messages.ts"))) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const [name, table] of Object.entries(module)) {
      if (typeof table !== "object" || table === null) continue;
      for (const [key, entry] of Object.entries(table)) {
        if (!isEntry(entry)) continue;
        const where = `${relative(ROOT, file)} ${name}.${key}`;
        texts.push({ where, ja: entry.ja, en: entry.en });
        if (entry.one) texts.push({ where: `${where} (one)`, ja: entry.one.ja ?? "", en: entry.one.en ?? "" });
      }
    }
  }
  return texts;
}

function catalogueTexts(): Text[] {
  return Object.entries(ERROR_CATALOGUE).flatMap(([code, entry]: [string, ErrorEntry]) => [
    { where: code, ja: entry.ja, en: entry.en },
    ...Object.entries(entry.byPin ?? {}).map(([pin, text]) => ({ where: `${code} (${pin})`, ...text })),
  ]);
}

function localeTexts(): Text[] {
  const read = (lang: string) =>
    JSON.parse(readFileSync(join(EXTENSION, "public", "_locales", lang, "messages.json"), "utf8")) as Record<
      string,
      { message: string }
    >;
  const ja = read("ja");
  const en = read("en");
  return Object.keys(en).map((key) => ({ where: `_locales ${key}`, ja: ja[key]?.message ?? "", en: en[key]!.message }));
}

function retiredUses(texts: Text[]): string[] {
  return texts.flatMap((text) =>
    (["ja", "en"] as const).flatMap((lang) =>
      RETIRED[lang]
        .filter(([retired]) => retired.test(text[lang]))
        .map(([retired, use]) => `${text.where} [${lang}]: ${retired.source} → use “${use}”`),
    ),
  );
}

describe("glossary", () => {
  it("keeps every message table in a *messages.ts file, where this test finds it", () => {
    const elsewhere = sourceFiles(EXTENSION)
      .filter((path) => !path.endsWith("messages.ts"))
      .filter((path) => readFileSync(path, "utf8").includes("satisfies MessageTable"));
    expect(elsewhere.map((path) => relative(ROOT, path))).toEqual([]);
  });

  it("finds the tables it checks", async () => {
    const where = (await messageTables()).map((text) => text.where);
    expect(where.some((w) => w.includes("PIN_MESSAGES"))).toBe(true);
    expect(where.some((w) => w.includes("REGISTER_MESSAGES"))).toBe(true);
    expect(where.length).toBeGreaterThan(200);
  });

  it("uses no retired name in the error catalogue, the message tables, the install steps or _locales", async () => {
    const steps = (["win", "mac", "linux", null] as const).map((os) => ({
      where: `install step ${os}`,
      ja: installStep(os, "ja"),
      en: installStep(os, "en"),
    }));
    expect(retiredUses([...catalogueTexts(), ...(await messageTables()), ...steps, ...localeTexts()])).toEqual([]);
  });

  it("catches a retired name", () => {
    expect(retiredUses([{ where: "x", ja: "ネイティブホスト", en: "the options page" }])).toHaveLength(2);
    expect(retiredUses([{ where: "x", ja: "スマートカードサービス", en: "the smart card service" }])).toEqual([]);
  });
});
