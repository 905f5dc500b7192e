// SPDX-License-Identifier: MIT
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { errnoCode } from "../errno";

/** Bounds on every PC/SC call, in milliseconds. A hung reader must never hang the host. */
export const TimeoutsSchema = z
  .object({
    /** SCardEstablishContext / SCardListReaders / SCardConnect / SCardDisconnect. */
    connectMs: z.number().int().min(100).max(120_000).default(10_000),
    /** One APDU round trip (an RSA signature on a real card takes about a second). */
    apduMs: z.number().int().min(100).max(120_000).default(15_000),
  })
  .strict();

/** `config.json` in the config folder. Every field is optional; a missing file means all defaults. */
export const HostConfigSchema = z
  .object({
    /** Exact PC/SC reader name to use; a request's own `reader` wins over this. */
    reader: z.string().min(1).max(200).optional(),
    log: z
      .object({ enabled: z.boolean(), file: z.string().min(1).optional() })
      .strict()
      .optional(),
    timeouts: TimeoutsSchema.default({ connectMs: 10_000, apduMs: 15_000 }),
    /**
     * Read whole EFs with one extended-length READ BINARY; a reader that refuses one is used with short APDUs from
     * then on. false: short APDUs only.
     */
    extendedLength: z.boolean().default(true),
  })
  .strict();
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
