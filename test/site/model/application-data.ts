// SPDX-License-Identifier: MIT
/**
 * What one registration application holds (docs/ref/site-protocol.md §3), as the practice site's forms collect it and
 * as the canonical application data signs it.
 */
import { z } from "zod";

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).default("");

export const OwnerSchema = z
  .object({
    /** Family and given name separated by an ideographic space (U+3000), as on the card. */
    name: text(100),
    /** Reading in katakana (フリガナ). */
    reading: text(100),
    /** From the prefecture on, as on the card. */
    address: text(200),
    /** ISO `YYYY-MM-DD`. */
    birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** `+81…` or domestic digits. */
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9-]{6,20}$/),
    email: z.email().max(200),
  })
  .strict();
export type Owner = z.infer<typeof OwnerSchema>;

/** 1 manufactured (or modified) UA, 2 home-built. */
export const MANUFACTURING_TYPES = ["1", "2"] as const;
/** 1 airplane, 2 helicopter, 3 multicopter, 4 other rotorcraft, 5 glider, 6 airship. */
export const UA_CATEGORIES = ["1", "2", "3", "4", "5", "6"] as const;
/** 0 none, 1 internal, 2 external. */
export const REMOTE_ID_TYPES = ["0", "1", "2"] as const;

export const UaSchema = z
  .object({
    manufacturingType: z.enum(MANUFACTURING_TYPES),
    manufacturer: text(100),
    model: text(100),
    category: z.enum(UA_CATEGORIES),
    serialNumber: text(20),
    remoteIdType: z.enum(REMOTE_ID_TYPES),
    remoteIdManufacturer: optionalText(100),
    remoteIdModel: optionalText(100),
    remoteIdSerialNumber: optionalText(40),
    /** "0" not altered, "1" altered. */
    alteration: z.enum(["0", "1"]),
  })
  .strict();
export type Ua = z.infer<typeof UaSchema>;

export const UserSchema = z.discriminatedUnion("sameAsOwner", [
  z.object({ sameAsOwner: z.literal(true) }).strict(),
  z
    .object({
      sameAsOwner: z.literal(false),
      name: text(100),
      address: text(200),
      phone: z
        .string()
        .trim()
        .regex(/^\+?[0-9-]{6,20}$/),
      email: z.email().max(200),
    })
    .strict(),
]);
export type User = z.infer<typeof UserSchema>;

export const ApplicationDataSchema = z
  .object({ owner: OwnerSchema, uas: z.array(UaSchema).min(1).max(50), user: UserSchema })
  .strict();
export type ApplicationData = z.infer<typeof ApplicationDataSchema>;
