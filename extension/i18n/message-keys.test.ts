// SPDX-License-Identifier: MIT
/**
 * Every message key the UI asks for exists in both languages. Keys are plain strings (`t("options.title")`,
 * `data-i18n="options.title"`), so this test reads them from the sources and looks each one up in the registered
 * tables; a key built at run time (`t(\`pin.op.${operation}\`)`) must at least have its prefix in a table.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { GUIDE_MESSAGES } from "../pages/guide/guide-messages";
import { POLICY_MESSAGES } from "../pages/options/policy-messages";
import { OPTIONS_MESSAGES } from "../pages/options/messages";
import { CONFIRM_MESSAGES } from "../pages/pin/confirm-messages";
import { PIN_MESSAGES } from "../pages/pin/messages";
import { POPUP_MESSAGES } from "../pages/popup/messages";
import { PRECHECK_MESSAGES } from "../pages/precheck/precheck-messages";
import { PREFILL_MESSAGES } from "../prefill/prefill-messages";
import { PROFILES_MESSAGES } from "../profiles/ui/profiles-messages";
import { REGISTER_MESSAGES } from "../registrations/register-messages";
import { registerMessages, setLanguage, t, type MessageTable } from "./translate";

// from-card-button.ts registers its own small table when it is loaded; it imports the browser API, which a unit
// test does not have.
vi.mock("webextension-polyfill", () => ({ default: {} }));

const extensionDir = join(dirname(fileURLToPath(import.meta.url)), "..");

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(?:ts|html)$/.test(entry.name) && !entry.name.endsWith(".test.ts")) yield path;
  }
}

const sources = [...files(extensionDir)].map((path) => readFileSync(path, "utf8"));
const literalKeys = new Set(
  sources.flatMap((text) => [
    ...[...text.matchAll(/\bt\(\s*"([^"]+)"/g)].map((match) => match[1] ?? ""),
    ...[...text.matchAll(/data-i18n(?:-title)?="([^"]+)"/g)].map((match) => match[1] ?? ""),
  ]),
);
const builtPrefixes = new Set(
  sources.flatMap((text) => [...text.matchAll(/\bt\(\s*`([\w.]+)\$\{/g)].map((match) => match[1] ?? "")),
);

const TABLES: readonly MessageTable[] = [
  GUIDE_MESSAGES,
  POLICY_MESSAGES,
  OPTIONS_MESSAGES,
  CONFIRM_MESSAGES,
  PIN_MESSAGES,
  POPUP_MESSAGES,
  PRECHECK_MESSAGES,
  PREFILL_MESSAGES,
  PROFILES_MESSAGES,
  REGISTER_MESSAGES,
];

describe("UI message keys", () => {
  it("finds the keys in the sources (the scan itself works)", () => {
    expect(literalKeys.size).toBeGreaterThan(100);
    expect(literalKeys).toContain("options.title");
    expect(builtPrefixes).toContain("pin.op.");
  });

  it("every key used exists, with Japanese and English text", async () => {
    for (const table of TABLES) registerMessages(table);
    await import("../profiles/ui/from-card-button");
    const all = new Map<string, MessageTable[string]>(TABLES.flatMap((table) => Object.entries(table)));
    for (const [key, entry] of all) {
      expect(entry.ja.trim(), key).not.toBe("");
      expect(entry.en.trim(), key).not.toBe("");
    }
    const missing = (language: "ja" | "en") => {
      setLanguage(language);
      return [...literalKeys].filter((key) => t(key) === key);
    };
    expect(missing("ja")).toEqual([]);
    expect(missing("en")).toEqual([]);
    const keys = [...all.keys()];
    expect([...builtPrefixes].filter((prefix) => !keys.some((key) => key.startsWith(prefix)))).toEqual([]);
  });
});
