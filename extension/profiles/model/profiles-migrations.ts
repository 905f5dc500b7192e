// SPDX-License-Identifier: MIT
/**
 * Reading a profile set of any version we ever wrote: each step upgrades version N to N+1, then the current schema
 * validates. Add a step (and its test) whenever `PROFILES_VERSION` goes up; never edit a shipped step.
 */
import { z } from "zod";
import { PROFILES_VERSION, ProfileSetSchema, type ProfileSet } from "./profiles";
import { splitAddressByRule } from "./profiles-address";

/**
 * Version 0, the prototype's format (no `version` field): individual owners only, the address on one line,
 * `furigana` for the reading, birthdays as `YYYY/MM/DD`, and `drones` with weights in grams.
 */
const ProfileSetV0Schema = z.object({
  owners: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      furigana: z.string(),
      postalCode: z.string().optional(),
      address: z.string(),
      birthday: z.string().regex(/^\d{4}\/\d{2}\/\d{2}$/),
      tel: z.string(),
      mail: z.string(),
    }),
  ),
  drones: z.array(
    z.object({
      id: z.string(),
      maker: z.string(),
      model: z.string(),
      category: z.string(),
      serial: z.string(),
      weightGrams: z.number(),
      mtowGrams: z.number(),
      homeBuilt: z.boolean().optional(),
      remoteIdSerial: z.string().optional(),
    }),
  ),
});

function upgradeV0(raw: unknown): unknown {
  const v0 = ProfileSetV0Schema.parse(raw);
  return {
    version: 1,
    owners: v0.owners.map((owner) => ({
      id: owner.id,
      kind: "individual",
      name: owner.name,
      reading: owner.furigana,
      birthDate: owner.birthday.replaceAll("/", "-"),
      address: splitAddressByRule(owner.address, owner.postalCode ?? ""),
      phone: owner.tel,
      email: owner.mail,
    })),
    uas: v0.drones.map((drone) => ({
      id: drone.id,
      manufacturingType: drone.homeBuilt === true ? "2" : "1",
      manufacturer: drone.maker,
      model: drone.model,
      category: drone.category,
      serialNumber: drone.serial,
      weightKg: drone.weightGrams / 1000,
      maxTakeoffWeightKg: drone.mtowGrams / 1000,
      remoteId: drone.remoteIdSerial
        ? { type: "1", manufacturer: drone.maker, model: drone.model, serialNumber: drone.remoteIdSerial }
        : { type: "0" },
      altered: false,
    })),
  };
}

/** Upgrade steps, indexed by the version they read. */
const UPGRADES: readonly ((raw: unknown) => unknown)[] = [upgradeV0];

function versionOf(raw: unknown): number | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  if (!("version" in raw)) return 0;
  return typeof raw.version === "number" && Number.isInteger(raw.version) ? raw.version : undefined;
}

export type ProfileSetParse = { ok: true; data: ProfileSet } | { ok: false; reasons: string[] };

/** Issues as "owners.0.email: Invalid email address" lines a user can act on. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`);
}

/**
 * Any stored or exported profile set, upgraded to the current version and validated.
 * @example parseProfileSet({ version: 1, owners: [], uas: [] }) // { ok: true, data: … }
 */
export function parseProfileSet(raw: unknown): ProfileSetParse {
  let version = versionOf(raw);
  if (version === undefined || version > PROFILES_VERSION || version < 0) {
    return { ok: false, reasons: [`version: not a profile set of version 0–${PROFILES_VERSION}`] };
  }
  let data = raw;
  try {
    for (; version < PROFILES_VERSION; version++) data = UPGRADES[version]?.(data);
  } catch (error) {
    if (error instanceof z.ZodError) return { ok: false, reasons: describeIssues(error) };
    throw error;
  }
  const parsed = ProfileSetSchema.safeParse(data);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, reasons: describeIssues(parsed.error) };
}
