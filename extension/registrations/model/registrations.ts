// SPDX-License-Identifier: MIT
/**
 * The register of the fleet's registrations: one entry per registration mark, as read from DIPS-REG's list of
 * registered UAs or application-status page, or typed in by the user, kept with the profiles. Stored and exported
 * as a versioned document;
 * `parseRegister` validates it (and will upgrade older versions once there are any, as profiles-migrations.ts does).
 */
import { z } from "zod";
import { isPlainText } from "../../common/plain-text";
import { describeIssues } from "../../profiles/model/profiles-migrations";
import { computedExpiry } from "./registration-expiry";

/** The current version of the stored and exported register. */
export const REGISTER_VERSION = 1;

/** At most this many registrations are kept (REGISTER_FULL beyond it). */
export const MAX_REGISTRATIONS = 5000;

/**
 * 登録記号: `JU` and 10 characters, 12 in all (docs/ref/site-protocol.md §3). The practice site issues 0–9 and A–Z less I
 * and O; the real site's alphabet is not published, so any upper-case letter or digit is accepted.
 */
export const REGISTRATION_MARK_PATTERN = /^JU[0-9A-Z]{10}$/;

export const RegistrationMarkSchema = z
  .string()
  .regex(REGISTRATION_MARK_PATTERN, "registration mark must be JU followed by 10 characters 0–9 A–Z");

/** Text as the page showed it: plain (extension/common/plain-text.ts), trimmed, not empty. */
const shownText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(isPlainText, "must be plain text (no control, format or line-break characters)");

/**
 * A profile id (ProfileIdSchema), or a policy profile's id, which the extension prefixes with `policy-` and so may
 * be longer than 64 characters.
 */
const ProfileRefSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);

/** Where the expiry date came from: shown on the page, or computed from the registration date. */
export const EXPIRY_SOURCES = ["page", "computed"] as const;

/** Cross-field checks run only on fields that parsed, so a bad date reports itself once and never throws. */
const fieldsParsed = { when: (payload: z.core.ParsePayload) => payload.issues.length === 0 };

export const RegistrationSchema = z
  .object({
    mark: RegistrationMarkSchema,
    /** 製造者 as the page showed it (possibly the Japanese and the English name together). */
    manufacturer: shownText(200),
    /** 型式 as the page showed it. */
    model: shownText(200),
    /** 製造番号 (the site allows at most 20 characters); matches the registration to a UA profile. */
    serialNumber: shownText(20),
    /** The owner profile the application was made with; null when not known. */
    ownerProfileId: ProfileRefSchema.nullable().default(null),
    /** The UA profile with this serial number; null when no profile matched (the entry is kept all the same). */
    uaProfileId: ProfileRefSchema.nullable().default(null),
    /** 申請番号, absent when the page did not show it. */
    applicationId: z
      .string()
      .regex(/^[0-9A-Za-z_-]{1,40}$/)
      .optional(),
    /** 登録日, ISO `yyyy-mm-dd`. */
    registrationDate: z.iso.date(),
    /** 有効期限, the last day the registration is valid, ISO `yyyy-mm-dd`. */
    expiryDate: z.iso.date(),
    expirySource: z.enum(EXPIRY_SOURCES),
    /** 抹消: the registration was cancelled; it is kept in the register, but never reminded of. */
    deregistered: z.boolean().default(false),
    /** When the entry was first captured, ISO 8601 in UTC (`…Z`). */
    capturedAt: z.iso.datetime(),
    /** When the entry last changed (recapture, deregistration); decides which copy wins an import. */
    updatedAt: z.iso.datetime(),
  })
  .strict()
  .refine((entry) => entry.expiryDate > entry.registrationDate, {
    message: "expiry date must be after the registration date",
    path: ["expiryDate"],
    ...fieldsParsed,
  })
  .refine((entry) => entry.expirySource === "page" || entry.expiryDate === computedExpiry(entry.registrationDate), {
    message: "a computed expiry date must be the registration date + 3 years − 1 day",
    path: ["expiryDate"],
    ...fieldsParsed,
  })
  .refine((entry) => Date.parse(entry.updatedAt) >= Date.parse(entry.capturedAt), {
    message: "updatedAt must not be before capturedAt",
    path: ["updatedAt"],
    ...fieldsParsed,
  });
export type Registration = z.infer<typeof RegistrationSchema>;

const uniqueMarks = (entries: readonly { mark: string }[]) =>
  new Set(entries.map((entry) => entry.mark)).size === entries.length;

export const RegisterSchema = z
  .object({
    version: z.literal(REGISTER_VERSION),
    registrations: z
      .array(RegistrationSchema)
      .max(MAX_REGISTRATIONS, `at most ${MAX_REGISTRATIONS} registrations`)
      .refine(uniqueMarks, "registration marks must be unique"),
  })
  .strict();
export type Register = z.infer<typeof RegisterSchema>;

export const EMPTY_REGISTER: Register = { version: REGISTER_VERSION, registrations: [] };

export type RegisterParse = { ok: true; data: Register } | { ok: false; reasons: string[] };

/**
 * A stored or exported register, validated; problems as "registrations.0.mark: …" lines.
 * @example parseRegister({ version: 1, registrations: [] }) // { ok: true, data: … }
 */
export function parseRegister(raw: unknown): RegisterParse {
  const parsed = RegisterSchema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, reasons: describeIssues(parsed.error) };
}
