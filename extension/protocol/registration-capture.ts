// SPDX-License-Identifier: MIT
/**
 * The one message the register's capture script sends the background: the registrations an allowlisted DIPS-REG
 * page showed (the list of registered UAs, the application status), exactly as shown. zod/mini, as the script runs on every
 * allowlisted page load. The background checks the sender's origin itself and builds the register entries.
 */
import * as z from "zod/mini";

const MARK = /^JU[0-9A-Z]{10}$/;

const shown = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** One UA's registration as a page showed it; dates as ISO yyyy-mm-dd, absent when the page showed none. */
export const SeenRegistrationSchema = z.strictObject({
  mark: z.string().check(z.regex(MARK)),
  manufacturer: shown(200),
  model: shown(200),
  serialNumber: shown(20),
  applicationId: z.optional(z.string().check(z.regex(/^[0-9A-Za-z_-]{1,40}$/))),
  registrationDate: z.optional(z.iso.date()),
  expiryDate: z.optional(z.iso.date()),
});
export type SeenRegistration = z.infer<typeof SeenRegistrationSchema>;

export const RegistrationsSeenSchema = z.strictObject({
  type: z.literal("registrations-seen"),
  /** Which kind of page: `status` (申請状況の確認, it shows application ids) or `list` (registered UAs). */
  page: z.enum(["list", "status"]),
  registrations: z.array(SeenRegistrationSchema).check(z.minLength(1), z.maxLength(500)),
});
export type RegistrationsSeen = z.infer<typeof RegistrationsSeenSchema>;
