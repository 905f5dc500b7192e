// SPDX-License-Identifier: MIT
/**
 * Saved profiles: owners (each with its user), and a fleet of UAs, as DIPS-REG asks for them (docs/ref/site-protocol.md
 * §3). The stored and exported form is versioned; `parseProfileSet` upgrades any older version step by step and then
 * validates, so every reader (storage, import) sees only the current shape.
 */
import { z } from "zod";

/** The current version of the stored and exported profile set. */
export const PROFILES_VERSION = 1;

const required = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).default("");

/** Our own ids for owners and UAs (random UUIDs for new entries). */
export const ProfileIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** A Japanese address split as forms ask for it; `fullAddress` joins it for the basic-4 comparison. */
export const AddressSchema = z
  .object({
    /** 郵便番号, `NNN-NNNN` or `NNNNNNN`; empty when unknown. */
    postalCode: z
      .string()
      .regex(/^(?:\d{3}-?\d{4})?$/, "postal code must be NNN-NNNN")
      .default(""),
    /** 都道府県, e.g. 東京都. */
    prefecture: required(10),
    /** 市区町村, e.g. 千代田区. */
    city: optionalText(100),
    /** 町域・番地, e.g. 霞が関2-1-3. */
    line1: optionalText(200),
    /** 建物名・部屋番号. */
    line2: optionalText(200),
  })
  .strict();
export type Address = z.infer<typeof AddressSchema>;

/** `+81…` or a domestic number starting with 0; hyphens allowed. */
export const PhoneSchema = z
  .string()
  .trim()
  .regex(/^(?:\+81-?[1-9]|0[1-9])[0-9-]{7,13}$/, "phone must be +81… or a domestic number starting with 0");

const contact = { address: AddressSchema, phone: PhoneSchema, email: z.email().max(254) };

/** A person other than the owner who flies the UAs. */
export const UserPersonSchema = z.object({ name: required(100), reading: required(100), ...contact }).strict();

/** The user of the UAs: the owner, or a separate person. */
export const UserSchema = z.discriminatedUnion("sameAsOwner", [
  z.object({ sameAsOwner: z.literal(true) }).strict(),
  z.object({ sameAsOwner: z.literal(false), person: UserPersonSchema }).strict(),
]);

const ownerCommon = {
  id: ProfileIdSchema,
  /** The name shown in our lists, e.g. "自宅" or "会社". */
  label: optionalText(100),
  ...contact,
  user: UserSchema.default({ sameAsOwner: true }),
};

export const IndividualOwnerSchema = z
  .object({
    ...ownerCommon,
    kind: z.literal("individual"),
    /** 氏名 as on the My Number Card. */
    name: required(100),
    /** フリガナ. */
    reading: required(100),
    /** ISO `YYYY-MM-DD`. */
    birthDate: z.iso.date(),
  })
  .strict();

export const CorporateOwnerSchema = z
  .object({
    ...ownerCommon,
    kind: z.literal("corporation"),
    /** 法人番号: 13 digits, or `00000000` for a sole proprietor without one. */
    corporateNumber: z.string().regex(/^(?:\d{13}|00000000)$/, "corporate number must be 13 digits or 00000000"),
    companyName: required(200),
    companyReading: required(200),
    representative: required(100),
    representativeReading: optionalText(100),
  })
  .strict();

export const OwnerSchema = z.discriminatedUnion("kind", [IndividualOwnerSchema, CorporateOwnerSchema]);
export type Owner = z.infer<typeof OwnerSchema>;
export type IndividualOwner = z.infer<typeof IndividualOwnerSchema>;

/** UA category codes: 1 airplane, 2 helicopter, 3 multicopter, 4 other rotorcraft, 5 glider, 6 airship. */
export const UA_CATEGORIES = ["1", "2", "3", "4", "5", "6"] as const;
/** 1 manufactured or modified, 2 home-built. */
export const MANUFACTURING_TYPES = ["1", "2"] as const;
/** Remote ID: 0 none, 1 built in, 2 external. */
export const REMOTE_ID_TYPES = ["0", "1", "2"] as const;

export const UaSchema = z
  .object({
    id: ProfileIdSchema,
    label: optionalText(100),
    manufacturingType: z.enum(MANUFACTURING_TYPES),
    manufacturer: required(100),
    model: required(100),
    category: z.enum(UA_CATEGORIES),
    /** 製造番号, at most 20 characters. */
    serialNumber: required(20),
    /** Weight in kg (decides the weight class together with the maximum take-off weight). */
    weightKg: z.number().positive().max(25_000),
    maxTakeoffWeightKg: z.number().positive().max(25_000),
    remoteId: z
      .object({
        type: z.enum(REMOTE_ID_TYPES),
        manufacturer: optionalText(100),
        model: optionalText(100),
        serialNumber: optionalText(50),
      })
      .strict(),
    /** Whether the UA was modified (改造の有無), and how. */
    altered: z.boolean(),
    alterationDetails: optionalText(500),
  })
  .strict()
  .refine((ua) => ua.maxTakeoffWeightKg >= ua.weightKg, {
    message: "maximum take-off weight must be at least the weight",
    path: ["maxTakeoffWeightKg"],
  })
  .refine((ua) => ua.remoteId.type === "0" || ua.remoteId.serialNumber !== "", {
    message: "a Remote ID device needs its serial number",
    path: ["remoteId", "serialNumber"],
  });
export type Ua = z.infer<typeof UaSchema>;

const uniqueIds = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id)).size === items.length;

export const ProfileSetSchema = z
  .object({
    version: z.literal(PROFILES_VERSION),
    owners: z.array(OwnerSchema).max(200).refine(uniqueIds, "owner ids must be unique"),
    uas: z.array(UaSchema).max(2000).refine(uniqueIds, "UA ids must be unique"),
  })
  .strict();
export type ProfileSet = z.infer<typeof ProfileSetSchema>;

export const EMPTY_PROFILE_SET: ProfileSet = { version: PROFILES_VERSION, owners: [], uas: [] };
