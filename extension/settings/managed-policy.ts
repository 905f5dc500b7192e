// SPDX-License-Identifier: MIT
/**
 * What an organisation may push through `storage.managed` (Chrome/Edge policy `3rdparty`, Firefox `3rdparty` or a
 * managed-storage manifest): any of the user's settings, plus keys only a policy can set (export off, passphrase
 * lock required, read-only profiles, a note naming who to ask). Each key is parsed on its own, so one bad value
 * drops only that key. `manifests/managed-schema.json` declares the same keys for Chrome (a unit test compares).
 */
import { z } from "zod";
import { OwnerSchema, UaSchema, type Owner, type ProfileSet, type Ua } from "../profiles/model/profiles";
import { PartialSettingsSchema, type PartialSettings } from "./model/settings";
import { parseKeyByKey, parseManagedSettings } from "./managed-settings";

/** Prefix of the ids given to policy profiles, so they never collide with the user's own. */
export const POLICY_ID_PREFIX = "policy-";

/** Policy ids are optional for admins; a missing one becomes the entry's position. */
const withId = (kind: string) => (raw: unknown, index: number) =>
  typeof raw === "object" && raw !== null && !("id" in raw) ? { ...raw, id: `${kind}-${index + 1}` } : raw;

/** Profiles pushed by the organisation: read-only for the user, offered for prefill before the user's own. */
export const ManagedProfilesSchema = z
  .object({
    owners: z
      .array(z.unknown())
      .max(200)
      .transform((items) => items.map(withId("owner")))
      .pipe(z.array(OwnerSchema))
      .default([]),
    uas: z
      .array(z.unknown())
      .max(2000)
      .transform((items) => items.map(withId("ua")))
      .pipe(z.array(UaSchema))
      .default([]),
  })
  .strict();
export type ManagedProfiles = z.infer<typeof ManagedProfilesSchema>;

/** Keys only a policy sets; each is absent unless the policy sets it. */
export const POLICY_ONLY_SHAPE = {
  /** Hide profile export (JSON) from the options page. */
  exportDisabled: z.boolean(),
  /** Profiles must be sealed with a passphrase; the lock cannot be removed. */
  passphraseLockRequired: z.boolean(),
  profiles: ManagedProfilesSchema,
  /** Shown next to every locked setting, e.g. "情報システム部 内線 1234". */
  adminNote: z.string().trim().max(300),
} as const;

/** Every key a policy may set, with its schema: the settings keys and the policy-only keys. */
export const MANAGED_POLICY_SHAPE = { ...PartialSettingsSchema.shape, ...POLICY_ONLY_SHAPE };
export type ManagedPolicyKey = keyof typeof MANAGED_POLICY_SHAPE;

export interface ManagedPolicy {
  /** Settings the policy fixes (merged over the user's by resolveSettings). */
  readonly settings: PartialSettings;
  readonly exportDisabled: boolean;
  readonly passphraseLockRequired: boolean;
  readonly profiles: ManagedProfiles;
  readonly adminNote: string | null;
  /** Keys present in the policy but refused (wrong type or value), for diagnostics. */
  readonly rejectedKeys: readonly string[];
}

export const EMPTY_POLICY: ManagedPolicy = {
  settings: {},
  exportDisabled: false,
  passphraseLockRequired: false,
  profiles: { owners: [], uas: [] },
  adminNote: null,
  rejectedKeys: [],
};

/** Parses what `storage.managed.get()` returned; unknown keys are ignored, invalid ones reported. */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (typeof raw !== "object" || raw === null) return EMPTY_POLICY;
  const managed = parseManagedSettings(raw);
  const { accepted, rejectedKeys } = parseKeyByKey(raw, POLICY_ONLY_SHAPE);
  const { exportDisabled, passphraseLockRequired, profiles, adminNote } = accepted;
  return {
    settings: managed.settings,
    exportDisabled: exportDisabled === true,
    passphraseLockRequired: passphraseLockRequired === true,
    profiles: (profiles as ManagedProfiles | undefined) ?? EMPTY_POLICY.profiles,
    adminNote: typeof adminNote === "string" && adminNote !== "" ? adminNote : null,
    rejectedKeys: [...managed.rejectedKeys, ...rejectedKeys],
  };
}

/** The ids the user sees as read-only after mergeManagedProfiles. */
export function isPolicyProfileId(id: string): boolean {
  return id.startsWith(POLICY_ID_PREFIX);
}

/** The user's set with the policy's profiles in front (ids prefixed, see POLICY_ID_PREFIX). */
export function mergeManagedProfiles(user: ProfileSet, managed: ManagedProfiles): ProfileSet {
  const mark = <T extends Owner | Ua>(item: T): T => ({ ...item, id: `${POLICY_ID_PREFIX}${item.id}` });
  return {
    ...user,
    owners: [...managed.owners.map(mark), ...user.owners],
    uas: [...managed.uas.map(mark), ...user.uas],
  };
}
