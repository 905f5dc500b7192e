// SPDX-License-Identifier: MIT
/**
 * Messages between the extension's background and the native host (native messaging: 4-byte little-endian length
 * + UTF-8 JSON). One long-lived host process serves many requests; each carries an `id` that its reply echoes.
 * Success results use the field names of the page protocol (site-protocol.md §1), so the background can hand them
 * to the page without renaming.
 */
import { z } from "zod";
import { Basic4Schema } from "../basic4";
import { WireErrorSchema } from "../errors/companion-error";
import { PIN_KINDS } from "../pin";
import { BASE64_PATTERN, MAX_BASE64_CHARS, NOT_BASE64 } from "./base64";

/** Inbound frames larger than this are refused (bytes of JSON). */
export const MAX_REQUEST_BYTES = 64 * 1024;
/** Browsers refuse host → browser messages over 1 MiB; the host never writes more. */
export const MAX_REPLY_BYTES = 1024 * 1024;

export const RequestIdSchema = z.string().min(1).max(64);

/** Standard base64 with padding, as the page sends it. */
export const Base64Schema = z.string().max(MAX_BASE64_CHARS).regex(BASE64_PATTERN, NOT_BASE64);

/**
 * The data the card signs: a DER DigestInfo (51 bytes for SHA-256), base64. The card accepts 1–245 bytes
 * (jpki-card.md §12.7); the host checks the decoded length.
 */
export const DigestSchema = Base64Schema.min(4).max(328);

/**
 * A PIN as typed. Its format is checked by the host against the kind (shared/pin.ts) so that a malformed PIN gets
 * PIN_MALFORMED rather than BAD_REQUEST; it never reaches a log or an error message.
 */
export const PinSchema = z.string().min(1).max(32);

const cardRequest = {
  id: RequestIdSchema,
  /** Exact PC/SC reader name to use; by default the first reader holding a JPKI card. */
  reader: z.string().min(1).max(200).optional(),
};

const pinRequest = {
  ...cardRequest,
  pin: PinSchema,
  /** The user explicitly agreed to spend the last remaining try. Without it the host refuses when 1 try is left. */
  confirmLastTry: z.boolean().default(false),
};

/** Mode 02: sign each digest with the signing key under one VERIFY of the sign password. */
export const SignRequestSchema = z
  .object({ ...pinRequest, command: z.literal("sign"), digests: z.array(DigestSchema).min(1).max(16) })
  .strict();

/** Mode 01: sign one digest with the user-authentication key. */
export const AuthenticateRequestSchema = z
  .object({ ...pinRequest, command: z.literal("authenticate"), digest: DigestSchema })
  .strict();

/** Mode 04: read the basic 4 facts through the card-info input support AP. */
export const CardInfoRequestSchema = z.object({ ...pinRequest, command: z.literal("card-info") }).strict();

/** Tries left on one PIN, without spending a try (empty VERIFY). */
export const PinStatusRequestSchema = z
  .object({ ...cardRequest, command: z.literal("pin-status"), pin: z.enum(PIN_KINDS) })
  .strict();

/** Diagnostics: service, readers, card, certificate dates, tries left — never spends a try. */
export const StatusRequestSchema = z.object({ ...cardRequest, command: z.literal("status") }).strict();

export const HostRequestSchema = z.discriminatedUnion("command", [
  SignRequestSchema,
  AuthenticateRequestSchema,
  CardInfoRequestSchema,
  PinStatusRequestSchema,
  StatusRequestSchema,
]);
export type HostRequest = z.infer<typeof HostRequestSchema>;
export type HostRequestInput = z.input<typeof HostRequestSchema>;
export type HostCommand = HostRequest["command"];

// --- results ---------------------------------------------------------------------------------------------------

/** Base64 DER without `=` padding, as the official app sends certificates. */
const UnpaddedBase64Schema = z.string().regex(/^[A-Za-z0-9+/]+$/);
const HexSchema = z.string().regex(/^(?:[0-9a-f]{2})*$/);

const identity = {
  /** Random hex id made once per installation of the host. */
  uuid: HexSchema.min(2),
  /** hex SHA-256(salt ‖ card manufacture number ‖ uuid bytes), site-protocol.md §1. */
  combination_code: HexSchema.length(64),
};

export const SignResultSchema = z
  .object({
    ...identity,
    /** One base64 RSA signature per digest, in request order. */
    signature: z.array(Base64Schema).min(1),
    /** The signing certificate, base64 DER without padding. */
    certificate: UnpaddedBase64Schema,
    /** The card's basic 4 facts from the signing certificate, for the extension's pre-check; never sent to the page. */
    holder: Basic4Schema,
  })
  .strict();

export const AuthenticateResultSchema = z
  .object({ ...identity, signature: Base64Schema, certificate: UnpaddedBase64Schema })
  .strict();

/** Mode 04 result: each fact is the lower-case hex of its UTF-8 text, as the page expects. */
export const CardInfoResultSchema = z
  .object({ ...identity, name: HexSchema, address: HexSchema, birthday: HexSchema, sex: HexSchema })
  .strict();

export const PinStatusResultSchema = z
  .object({
    triesLeft: z.number().int().min(0).max(15),
    maxTries: z.number().int().min(1).max(15),
    blocked: z.boolean(),
  })
  .strict();
export type PinStatus = z.infer<typeof PinStatusResultSchema>;

const ValiditySchema = z
  .object({ notBefore: z.iso.datetime(), notAfter: z.iso.datetime(), valid: z.boolean() })
  .strict();

export const StatusResultSchema = z
  .object({
    hostVersion: z.string(),
    pcscRunning: z.boolean(),
    readers: z.array(
      z.object({ name: z.string(), cardPresent: z.boolean(), jpki: z.boolean(), chosen: z.boolean() }).strict(),
    ),
    /** Present when a JPKI card was found. */
    card: z
      .object({
        reader: z.string(),
        /** Token label of EF 0006, e.g. "JPKIAPICCTOKEN2". */
        token: z.string(),
        authCertificate: ValiditySchema.nullable(),
        pins: z
          .object({ auth: PinStatusResultSchema, sign: PinStatusResultSchema, "card-info": PinStatusResultSchema })
          .strict(),
      })
      .strict()
      .nullable(),
    /** The error that kept the status from being complete (no reader, no card, …), if any. */
    problem: WireErrorSchema.nullable(),
  })
  .strict();
export type HostStatus = z.infer<typeof StatusResultSchema>;

export const RESULT_SCHEMAS = {
  sign: SignResultSchema,
  authenticate: AuthenticateResultSchema,
  "card-info": CardInfoResultSchema,
  "pin-status": PinStatusResultSchema,
  status: StatusResultSchema,
} as const satisfies Record<HostCommand, z.ZodType>;

export type HostResult<C extends HostCommand> = z.infer<(typeof RESULT_SCHEMAS)[C]>;

/** A reply: `{id, ok:true, result}` or `{id, ok:false, error}`. `id` is null when the request could not be read. */
export const HostReplySchema = z.discriminatedUnion("ok", [
  z.object({ id: RequestIdSchema, ok: z.literal(true), result: z.unknown() }).strict(),
  z.object({ id: RequestIdSchema.nullable(), ok: z.literal(false), error: WireErrorSchema }).strict(),
]);
export type HostReply = z.infer<typeof HostReplySchema>;
