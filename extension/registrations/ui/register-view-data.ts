// SPDX-License-Identifier: MIT
/**
 * What the popup list and the options table show, read once: the register (or why it cannot be read), today in
 * Japan on the extension's clock, the reminder lead, and the profiles for naming owners and UAs.
 */
import { CompanionError } from "../../../shared/errors/companion-error";
import { daysLeft, dateInJapan, registrationStatus, type RegistrationStatus } from "../model/registration-expiry";
import type { Register, Registration } from "../model/registrations";
import type { ProfileSet } from "../../profiles/model/profiles";
import { ProfileStore } from "../../profiles/profile-store";
import { mergeManagedProfiles } from "../../settings/managed-policy";
import { loadManagedPolicy } from "../../settings/managed-store";
import { readSettings } from "../../settings/settings-store";
import { extensionNow } from "../extension-clock";
import { RegisterStore } from "../register-store";

export interface RegisterRow {
  readonly entry: Registration;
  readonly status: RegistrationStatus;
  readonly daysLeft: number;
}

export type RegisterView =
  | { readonly kind: "locked" }
  | {
      readonly kind: "ready";
      readonly register: Register;
      readonly rows: RegisterRow[];
      readonly profiles: ProfileSet;
    };

/** Rows soonest expiry first (deregistered ones last). */
export function registerRows(register: Register, today: string, leadDays: number): RegisterRow[] {
  return register.registrations
    .map((entry) => ({
      entry,
      status: registrationStatus(entry, today, leadDays),
      daysLeft: daysLeft(entry.expiryDate, today),
    }))
    .sort(
      (a, b) =>
        Number(a.entry.deregistered) - Number(b.entry.deregistered) ||
        a.daysLeft - b.daysLeft ||
        a.entry.mark.localeCompare(b.entry.mark),
    );
}

export async function loadRegisterView(store = new RegisterStore()): Promise<RegisterView> {
  let register: Register;
  try {
    register = await store.load();
  } catch (error) {
    if (error instanceof CompanionError && error.code === "PROFILE_LOCKED") return { kind: "locked" };
    throw error;
  }
  const [{ settings }, now, policy, user] = await Promise.all([
    readSettings(),
    extensionNow(),
    loadManagedPolicy(),
    new ProfileStore().load(),
  ]);
  const rows = registerRows(register, dateInJapan(now), settings.renewalLeadDays);
  return { kind: "ready", register, rows, profiles: mergeManagedProfiles(user, policy.profiles) };
}
