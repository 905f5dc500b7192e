// SPDX-License-Identifier: MIT
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod/mini";
import { errnoCode } from "../errno";

/** Bounds on every PC/SC call, in milliseconds. A hung reader must never hang the host. */
const MillisecondsSchema = z.int().check(z.minimum(100), z.maximum(120_000));

export const TimeoutsSchema = z.strictObject({
  /** SCardEstablishContext / SCardListReaders / SCardConnect / SCardDisconnect. */
  connectMs: z._default(MillisecondsSchema, 10_000),
  /** One APDU round trip (an RSA signature on a real card takes about a second). */
  apduMs: z._default(MillisecondsSchema, 15_000),
});

/** `config.json` in the config folder. Every field is optional; a missing file means all defaults. */
export const HostConfigSchema = z.strictObject({
  /** Exact PC/SC reader name to use; a request's own `reader` wins over this. */
  reader: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  log: z.optional(z.strictObject({ enabled: z.boolean(), file: z.optional(z.string().check(z.minLength(1))) })),
  timeouts: z._default(TimeoutsSchema, { connectMs: 10_000, apduMs: 15_000 }),
  /**
   * Read whole EFs with one extended-length READ BINARY; a reader that refuses one is used with short APDUs from
   * then on. false: short APDUs only.
   */
  extendedLength: z._default(z.boolean(), true),
});
export type HostConfig = z.infer<typeof HostConfigSchema>;
export type Timeouts = z.infer<typeof TimeoutsSchema>;

/**
 * Reads `config.json`. A missing file gives the defaults; an unreadable or invalid file is reported (the host
 * then refuses to guess: logging or reader choice the user asked for must not silently change).
 */
export function loadHostConfig(dir: string): HostConfig {
  let text: string;
  try {
    text = readFileSync(join(dir, "config.json"), "utf8");
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return HostConfigSchema.parse({});
    throw error;
  }
  return HostConfigSchema.parse(JSON.parse(text));
}
