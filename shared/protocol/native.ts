// SPDX-License-Identifier: MIT
/**
 * Messages between the extension's background and the native host (native messaging: 4-byte little-endian length
 * + UTF-8 JSON). One long-lived host process serves many requests; each carries an `id` that its reply echoes.
 * Success results use the field names of the page protocol (docs/ref/site-protocol.md §1), so the background can hand
 * them to the page without renaming. Written with `zod/mini`: the host starts once per browser connection and builds
 * these schemas at every start, which mini's plain schema objects make cheap.
 */
import * as z from "zod/mini";
import { Basic4Schema } from "../basic4";
import { WireErrorSchema } from "../errors/companion-error";
import { PIN_KINDS } from "../pin";
import { BASE64_PATTERN, MAX_BASE64_CHARS, NOT_BASE64 } from "./base64";

/** Inbound frames larger than this are refused (bytes of JSON). */
export const MAX_REQUEST_BYTES = 64 * 1024;
/** Browsers refuse host → browser messages over 1 MiB; the host never writes more. */
export const MAX_REPLY_BYTES = 1024 * 1024;

export const RequestIdSchema = z.string().check(z.minLength(1), z.maxLength(64));

/** Standard base64 with padding, as the page sends it. */
export const Base64Schema = z.string().check(z.maxLength(MAX_BASE64_CHARS), z.regex(BASE64_PATTERN, NOT_BASE64));

/**
 * The data the card signs: a DER DigestInfo (51 bytes for SHA-256), base64. The card accepts 1–245 bytes
 * (docs/ref/jpki-card.md §12.7); the host checks the decoded length.
 */
export const DigestSchema = z
  .string()
  .check(z.maxLength(MAX_BASE64_CHARS), z.regex(BASE64_PATTERN, NOT_BASE64), z.minLength(4), z.maxLength(328));

/**
 * A PIN as typed. Its format is checked by the host against the kind (shared/pin.ts) so that a malformed PIN gets
 * PIN_MALFORMED rather than BAD_REQUEST; it never reaches a log or an error message.
 */
export const PinSchema = z.string().check(z.minLength(1), z.maxLength(32));

const cardRequest = {
  id: RequestIdSchema,
  /** Exact PC/SC reader name to use; by default the first reader holding a JPKI card. */
  reader: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
};

const pinRequest = {
  ...cardRequest,
  pin: PinSchema,
  /** The user explicitly agreed to spend the last remaining try. Without it the host refuses when 1 try is left. */
  confirmLastTry: z._default(z.boolean(), false),
};

/** Mode 02: sign each digest with the signing key under one VERIFY of the sign password. */
export const SignRequestSchema = z.strictObject({
  ...pinRequest,
  command: z.literal("sign"),
  digests: z.array(DigestSchema).check(z.minLength(1), z.maxLength(16)),
});
/** A parsed `sign` request (defaults applied). */
export type SignRequest = z.infer<typeof SignRequestSchema>;

/** Mode 01: sign one digest with the user-authentication key. */
export const AuthenticateRequestSchema = z.strictObject({
  ...pinRequest,
  command: z.literal("authenticate"),
  digest: DigestSchema,
});
/** A parsed `authenticate` request (defaults applied). */
export type AuthenticateRequest = z.infer<typeof AuthenticateRequestSchema>;

/** Mode 04: read the basic 4 facts through the card-info input support AP. */
export const CardInfoRequestSchema = z.strictObject({ ...pinRequest, command: z.literal("card-info") });
/** A parsed `card-info` request (defaults applied). */
export type CardInfoRequest = z.infer<typeof CardInfoRequestSchema>;

/** Tries left on one PIN, without spending a try (empty VERIFY). */
export const PinStatusRequestSchema = z.strictObject({
  ...cardRequest,
  command: z.literal("pin-status"),
  pin: z.enum(PIN_KINDS),
});
/** A parsed `pin-status` request. */
export type PinStatusRequest = z.infer<typeof PinStatusRequestSchema>;

/** Diagnostics: service, readers, card, certificate dates, tries left — never spends a try. */
export const StatusRequestSchema = z.strictObject({ ...cardRequest, command: z.literal("status") });
/** A parsed `status` request. */
export type StatusRequest = z.infer<typeof StatusRequestSchema>;

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
/** The parsed request of one command. */
export type HostRequestOf<C extends HostCommand> = Extract<HostRequest, { command: C }>;

// --- results ---------------------------------------------------------------------------------------------------

/** Base64 DER without `=` padding, as the official app sends certificates. */
const UNPADDED_BASE64 = /^[A-Za-z0-9+/]+$/;
const HEX = /^(?:[0-9a-f]{2})*$/;
const UnpaddedBase64Schema = z.string().check(z.regex(UNPADDED_BASE64));
const HexSchema = z.string().check(z.regex(HEX));

const identity = {
  /** Random hex id made once per installation of the host. */
  uuid: z.string().check(z.regex(HEX), z.minLength(2)),
  /** hex SHA-256(salt ‖ card manufacture number ‖ uuid bytes), docs/ref/site-protocol.md §1. */
  combination_code: z.string().check(z.regex(HEX), z.length(64)),
};

export const SignResultSchema = z.strictObject({
  ...identity,
  /** One base64 RSA signature per digest, in request order. */
  signature: z.array(Base64Schema).check(z.minLength(1)),
  /** The signing certificate, base64 DER without padding. */
  certificate: UnpaddedBase64Schema,
  /** The card's basic 4 facts from the signing certificate, for the extension's pre-check; never sent to the page. */
  holder: Basic4Schema,
});

export const AuthenticateResultSchema = z.strictObject({
  ...identity,
  signature: Base64Schema,
  certificate: UnpaddedBase64Schema,
});

/** Mode 04 result: each fact is the lower-case hex of its UTF-8 text, as the page expects. */
export const CardInfoResultSchema = z.strictObject({
  ...identity,
  name: HexSchema,
  address: HexSchema,
  birthday: HexSchema,
  sex: HexSchema,
});

/** A count of PIN tries (JPKI PINs allow at most 15, docs/ref/jpki-card.md). */
const TriesSchema = z.int().check(z.minimum(0), z.maximum(15));

export const PinStatusResultSchema = z.strictObject({
  triesLeft: TriesSchema,
  maxTries: z.int().check(z.minimum(1), z.maximum(15)),
  blocked: z.boolean(),
});
export type PinStatus = z.infer<typeof PinStatusResultSchema>;

const ValiditySchema = z.strictObject({ notBefore: z.iso.datetime(), notAfter: z.iso.datetime(), valid: z.boolean() });

/**
 * Not strict, unlike the other results: a newer host may add fields to `status`, and an older extension must keep
 * working with it (shared/version.ts, PROTOCOL_VERSION). Unknown fields are dropped.
 */
export const StatusResultSchema = z.object({
  hostVersion: z.string(),
  /** The host's protocol version; absent from hosts before it was reported (protocol 1). */
  protocolVersion: z.optional(z.int().check(z.minimum(1))),
  pcscRunning: z.boolean(),
  readers: z.array(
    z.strictObject({ name: z.string(), cardPresent: z.boolean(), jpki: z.boolean(), chosen: z.boolean() }),
  ),
  /** Present when a JPKI card was found. */
  card: z.nullable(
    z.strictObject({
      reader: z.string(),
      /** Token label of EF 0006, e.g. "JPKIAPICCTOKEN2". */
      token: z.string(),
      authCertificate: z.nullable(ValiditySchema),
      pins: z.strictObject({
        auth: PinStatusResultSchema,
        sign: PinStatusResultSchema,
        "card-info": PinStatusResultSchema,
      }),
    }),
  ),
  /** The error that kept the status from being complete (no reader, no card, …), if any. */
  problem: z.nullable(WireErrorSchema),
});
export type HostStatus = z.infer<typeof StatusResultSchema>;

export const RESULT_SCHEMAS = {
  sign: SignResultSchema,
  authenticate: AuthenticateResultSchema,
  "card-info": CardInfoResultSchema,
  "pin-status": PinStatusResultSchema,
  status: StatusResultSchema,
} as const satisfies Record<HostCommand, z.ZodMiniType>;

export type HostResult<C extends HostCommand> = z.infer<(typeof RESULT_SCHEMAS)[C]>;

/** A reply: `{id, ok:true, result}` or `{id, ok:false, error}`. `id` is null when the request could not be read. */
export const HostReplySchema = z.discriminatedUnion("ok", [
  z.strictObject({ id: RequestIdSchema, ok: z.literal(true), result: z.unknown() }),
  z.strictObject({ id: z.nullable(RequestIdSchema), ok: z.literal(false), error: WireErrorSchema }),
]);
export type HostReply = z.infer<typeof HostReplySchema>;
