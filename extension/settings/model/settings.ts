// SPDX-License-Identifier: MIT
/**
 * The extension's settings: one versioned zod schema for what the user saves (`storage.local`), the defaults, and
 * the origin rules of the allowlist. Resolution (managed > user > default) lives in
 * `extension/settings/resolve-settings.ts`. Written with `zod/mini` (tree-shakable) because the page bridge reads
 * the settings on every allowlisted page load.
 */
import * as z from "zod/mini";

export const SETTINGS_VERSION = 1;

/** Bounds of `renewalLeadDays`: at least a week's notice, at most two months. */
export const MIN_RENEWAL_LEAD_DAYS = 7;
export const MAX_RENEWAL_LEAD_DAYS = 60;

/** The release allowlist: DIPS-REG only. Anything else is added by the user or by policy. */
export const DEFAULT_ALLOWED_ORIGINS = ["https://www.dips-reg.mlit.go.jp"] as const;

/**
 * An origin as `scheme://host[:port]` with no path: https anywhere, http only on the loopback host (for a local
 * practice site). Compared exactly with the origin the browser reports for the sender frame.
 */
export const AllowedOriginSchema = z.string().check(
  z.maxLength(255),
  z.refine((value) => normalizeOrigin(value) === value, "not a normalized https (or loopback http) origin"),
);

/** `auto`: follow the browser's language. */
export const LanguageSettingSchema = z.enum(["auto", "ja", "en"]);
export type LanguageSetting = z.infer<typeof LanguageSettingSchema>;

/**
 * What to do when another card app's detection inputs are already on a page: `step-aside` (leave the page to it)
 * or `answer` (the user chose this extension).
 */
export const CoexistenceSchema = z.enum(["step-aside", "answer"]);
export type Coexistence = z.infer<typeof CoexistenceSchema>;

/** Per-page CSS selector overrides for prefill: URL prefix → field key → selector. */
export const PrefillSelectorOverridesSchema = z.record(
  z.string().check(z.maxLength(500)),
  z.record(z.string().check(z.maxLength(100)), z.string().check(z.maxLength(500))),
);

export const SettingsSchema = z.strictObject({
  version: z.literal(SETTINGS_VERSION),
  /** Origins (besides none) the bridge answers on; see AllowedOriginSchema. */
  allowlist: z.array(AllowedOriginSchema).check(z.maxLength(100)),
  language: LanguageSettingSchema,
  coexistence: CoexistenceSchema,
  /** On Linux, make allowlisted pages see a Windows platform (the sites refuse Linux). */
  linuxPlatformOverride: z.boolean(),
  /** Exact PC/SC reader name to use; null lets the host pick the first reader holding a JPKI card. */
  readerName: z.nullable(z.string().check(z.minLength(1), z.maxLength(200))),
  prefillSelectors: PrefillSelectorOverridesSchema,
  /** Log request flow (never PINs or card data) to the background console. */
  diagnosticsLogging: z.boolean(),
  /** Badge and notifications for registrations whose renewal reminder window is open. */
  renewalReminders: z.boolean(),
  /** How many days before a registration's expiry the reminders start (whole days, 7–60). */
  renewalLeadDays: z.int().check(z.minimum(MIN_RENEWAL_LEAD_DAYS), z.maximum(MAX_RENEWAL_LEAD_DAYS)),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  allowlist: [...DEFAULT_ALLOWED_ORIGINS],
  language: "auto",
  coexistence: "step-aside",
  linuxPlatformOverride: true,
  readerName: null,
  prefillSelectors: {},
  diagnosticsLogging: false,
  renewalReminders: true,
  renewalLeadDays: 30,
};

/** What a user (or a policy) may set: any subset of the settings. */
export const PartialSettingsSchema = z.partial(z.omit(SettingsSchema, { version: true }));
export type PartialSettings = z.infer<typeof PartialSettingsSchema>;

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * The origin of a URL or origin string if it may be allowlisted, else null.
 * @example normalizeOrigin("https://WWW.dips-reg.mlit.go.jp/index.html") // "https://www.dips-reg.mlit.go.jp"
 */
export function normalizeOrigin(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol === "https:") return url.origin;
  if (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname)) return url.origin;
  return null;
}

/**
 * The match pattern that covers an allowlisted origin. Ports are left out: Firefox refuses them in patterns and
 * a pattern without a port matches every port; the background still compares the exact origin.
 * @example originMatchPattern("http://127.0.0.1:8080") // "http://127.0.0.1/*"
 */
export function originMatchPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
