// SPDX-License-Identifier: MIT
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { errnoCode } from "../errno";

const UUID_PATTERN = /^[0-9a-f]{32}$/;

/**
 * The installation id (docs/ref/site-protocol.md §1 `uuid`): 16 random bytes as 32 lower-case hex characters, made once
 * and kept in `<configDir>/uuid` (mode 0600). Created with O_EXCL so that two host processes started together agree on
 * one id. A damaged file is replaced, as a fresh installation would be.
 */
export function installationUuid(dir: string): string {
  const file = join(dir, "uuid");
  for (let attempt = 0; attempt < 3; attempt++) {
    const stored = readStored(file);
    if (stored !== undefined && UUID_PATTERN.test(stored)) return stored;
    if (stored !== undefined) rmSync(file, { force: true });
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Web Crypto's global, not node:crypto: that module takes milliseconds to load and no other start-up code needs it.
    const uuid = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("hex");
    try {
      writeFileSync(file, `${uuid}\n`, { mode: 0o600, flag: "wx" });
      return uuid;
    } catch (error) {
      if (errnoCode(error) !== "EEXIST") throw error;
    }
  }
  throw new Error("could not create the installation uuid");
}

function readStored(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8").trim();
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return undefined;
    throw error;
  }
}
