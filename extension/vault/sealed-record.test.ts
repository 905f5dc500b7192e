// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { CompanionError } from "../../shared/errors/companion-error";
import { deriveKey, keyOpening, MIN_PBKDF2_ITERATIONS, type SealedData } from "./passphrase-lock";
import { SealedRecord } from "./sealed-record";
import { memoryArea } from "./storage-area";

const PASSPHRASE = "correct horse battery staple";
const VALUE = { version: 1, entries: ["JU1234567890"] };
const record = new SealedRecord({ key: "things", field: "set", invalid: "PROFILE_INVALID" });

/**
 * VALUE as an earlier version sealed it under PASSPHRASE (salt 00 01 … 0f, the lowest iteration count the lock
 * accepts), written down once so that a change to the envelope or the lock that would strand saved data fails here.
 */
const SEALED_BY_AN_EARLIER_VERSION: SealedData = {
  kdf: "PBKDF2-SHA-256",
  iterations: 310_000,
  salt: "AAECAwQFBgcICQoLDA0ODw==",
  iv: "T7wIBnYuoFquHpd/",
  ciphertext: "1x0p61GZHm+3XwbW08hPL1tO19MgsLP058VN6IPJFOe7XxgQzmSK3QlBAl5XprzYNlCc7qfBf+Q=",
};

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: unknown) => (error instanceof CompanionError ? error.code : String(error)),
  );

describe("SealedRecord", () => {
  it("reads nothing stored as undefined", async () => {
    expect(await record.read(memoryArea())).toBeUndefined();
  });

  it("stores a plain record under its own field name, byte for byte as before, and opens it", async () => {
    const area = memoryArea();
    await record.write(area, VALUE, undefined);
    expect(area.snapshot()).toBe(JSON.stringify([["things", { lock: false, set: VALUE }]]));
    const stored = await record.read(area);
    expect(stored).toEqual({ lock: false, value: VALUE });
    expect(await record.open(stored!, undefined)).toEqual(VALUE);
  });

  it("seals with the key and opens again with it, the value nowhere in the clear", async () => {
    const area = memoryArea();
    const key = await deriveKey(PASSPHRASE, undefined, MIN_PBKDF2_ITERATIONS);
    await record.write(area, VALUE, key);
    expect(area.snapshot()).not.toContain("JU1234567890");
    const stored = await record.read(area);
    expect(stored?.lock).toBe(true);
    expect(await record.open(stored!, key)).toEqual(VALUE);
    if (!stored?.lock) throw new Error("not sealed");
    expect(await keyOpening(PASSPHRASE, stored.sealed)).toBeDefined();
  });

  it("refuses a wrong passphrase, and a sealed record without a key, as locked", async () => {
    const area = memoryArea();
    await record.write(area, VALUE, await deriveKey(PASSPHRASE, undefined, MIN_PBKDF2_ITERATIONS));
    const stored = await record.read(area);
    if (!stored?.lock) throw new Error("not sealed");
    expect(await keyOpening("wrong passphrase", stored.sealed)).toBeUndefined();
    const wrongKey = await deriveKey("wrong passphrase", stored.sealed.salt, stored.sealed.iterations);
    expect(await codeOf(record.open(stored, wrongKey))).toBe("PROFILE_LOCKED");
    expect(await codeOf(record.open(stored, undefined))).toBe("PROFILE_LOCKED");
  });

  it("opens records stored by an earlier version, plain and sealed", async () => {
    const plain = memoryArea({ things: { lock: false, set: VALUE } });
    expect(await record.open((await record.read(plain))!, undefined)).toEqual(VALUE);

    const sealed = memoryArea({ things: { lock: true, sealed: SEALED_BY_AN_EARLIER_VERSION } });
    const stored = await record.read(sealed);
    if (!stored?.lock) throw new Error("not sealed");
    const key = await keyOpening(PASSPHRASE, stored.sealed);
    expect(key).toBeDefined();
    expect(await record.open(stored, key)).toEqual(VALUE);
  });

  it("refuses any other shape with the record's own code", async () => {
    const refused = (value: unknown) => codeOf(record.read(memoryArea({ things: value })));
    expect(await refused({ lock: false, set: VALUE, extra: 1 })).toBe("PROFILE_INVALID");
    expect(await refused({ lock: false, register: VALUE })).toBe("PROFILE_INVALID");
    expect(await refused({ lock: true, sealed: { ...SEALED_BY_AN_EARLIER_VERSION, iterations: 1000 } })).toBe(
      "PROFILE_INVALID",
    );
    expect(await refused("plain text")).toBe("PROFILE_INVALID");
  });
});
