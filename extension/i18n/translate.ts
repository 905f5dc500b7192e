// SPDX-License-Identifier: MIT
/**
 * The extension's own UI text: per-feature message tables (each feature registers its own), one current language
 * chosen from the settings or the browser, and `t(key, params)`. Error texts come from the shared catalogue.
 */
import { errorMessage, type Language } from "../../shared/errors/catalogue";
import type { WireError } from "../../shared/errors/companion-error";
import type { PinKind } from "../../shared/pin";
import { pluralText } from "../../shared/plural";
import type { LanguageSetting } from "../settings/model/settings";

/**
 * One UI string in both languages; `{name}` placeholders are filled from `t`'s params. A counted text takes its number
 * as the `count` param and may give a singular form in `one`, chosen by the language's plural rules ("1 day left").
 */
export interface MessageEntry {
  readonly ja: string;
  readonly en: string;
  readonly one?: { readonly ja?: string; readonly en?: string };
}
export type MessageTable = Readonly<Record<string, MessageEntry>>;

const messages = new Map<string, MessageEntry>();
let language: Language = resolveLanguage("auto", globalThis.navigator?.language ?? "ja");

/** Adds a feature's messages. Keys must be unique across features (prefix them with the feature name). */
export function registerMessages(table: MessageTable): void {
  for (const [key, entry] of Object.entries(table)) {
    const existing = messages.get(key);
    if (existing !== undefined && existing !== entry) throw new Error(`i18n key registered twice: ${key}`);
    messages.set(key, entry);
  }
}

/**
 * The UI language for a setting: `auto` follows the browser (Japanese for `ja*`, English otherwise).
 * @example resolveLanguage("auto", "ja-JP") // "ja"
 */
export function resolveLanguage(setting: LanguageSetting, browserLanguage: string): Language {
  if (setting !== "auto") return setting;
  return browserLanguage.toLowerCase().startsWith("ja") ? "ja" : "en";
}

let platformOs: string | null = null;

/**
 * The user's OS as `runtime.getPlatformInfo().os` names it ("win", "mac", "linux"; null until known): error texts
 * that differ per OS (the catalogue's `windows` texts) follow it.
 */
export function setPlatformOs(os: string | null): void {
  platformOs = os;
}

export function setLanguage(next: Language): void {
  language = next;
}

export function currentLanguage(): Language {
  return language;
}

/** The text for `key` in the current language with `{name}` placeholders filled; the key itself if unknown. */
export function t(key: string, params: Readonly<Record<string, string | number>> = {}): string {
  const entry = messages.get(key);
  if (entry === undefined) return key;
  const count = params.count;
  const text =
    typeof count === "number"
      ? pluralText(language, count, { one: entry.one?.[language], other: entry[language] })
      : entry[language];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A catalogue error in the current language (the Windows text on Windows); `pinKind` where the PIN is known. */
export function errorText(error: WireError, pinKind?: PinKind): string {
  return errorMessage(error.code, language, { triesLeft: error.triesLeft, pinKind }, platformOs);
}

/** Fills every `[data-i18n]` element's text (and `[data-i18n-title]` titles) under `root`. */
export function translateDocument(root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>("[data-i18n]")) {
    element.textContent = t(element.dataset.i18n ?? "");
  }
  document.documentElement.lang = language;
}
