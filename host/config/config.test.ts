// SPDX-License-Identifier: MIT
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configDir } from "./config-dir";
import { loadHostConfig } from "./host-config";
import { installationUuid } from "./installation-uuid";

const fresh = (): string => mkdtempSync(join(tmpdir(), "host-config-test-"));

describe("configDir", () => {
  it("honours DIPS_COMPANION_CONFIG_DIR, else the platform's folder", () => {
    expect(configDir({ DIPS_COMPANION_CONFIG_DIR: "/x" }, "linux", "/home/u")).toBe("/x");
    expect(configDir({}, "linux", "/home/u")).toBe("/home/u/.config/dips-companion");
    expect(configDir({}, "darwin", "/Users/u")).toBe("/Users/u/Library/Application Support/DIPS Companion");
    expect(configDir({ APPDATA: "C:\\Users\\u\\AppData\\Roaming" }, "win32", "C:\\Users\\u")).toContain(
      "DIPS Companion",
    );
  });
});

describe("loadHostConfig", () => {
  it("gives the defaults without a config.json and parses one strictly", () => {
    const dir = fresh();
    expect(loadHostConfig(dir)).toMatchObject({ timeouts: { connectMs: 10_000, apduMs: 15_000 } });
    writeFileSync(join(dir, "config.json"), JSON.stringify({ reader: "R 00 00", log: { enabled: true } }));
    expect(loadHostConfig(dir)).toMatchObject({ reader: "R 00 00", log: { enabled: true } });
    writeFileSync(join(dir, "config.json"), JSON.stringify({ reader: "", surprise: 1 }));
    expect(() => loadHostConfig(dir)).toThrow();
  });
});

describe("installationUuid", () => {
  it("makes 16 random bytes as 32 hex characters once (mode 0600) and keeps them", () => {
    const dir = join(fresh(), "nested");
    const uuid = installationUuid(dir);
    expect(uuid).toMatch(/^[0-9a-f]{32}$/);
    expect(installationUuid(dir)).toBe(uuid);
    expect(statSync(join(dir, "uuid")).mode & 0o777).toBe(0o600);
    expect(installationUuid(fresh())).not.toBe(uuid);
  });

  it("replaces a damaged uuid file", () => {
    const dir = fresh();
    writeFileSync(join(dir, "uuid"), "not a uuid");
    const uuid = installationUuid(dir);
    expect(uuid).toMatch(/^[0-9a-f]{32}$/);
    expect(readFileSync(join(dir, "uuid"), "utf8").trim()).toBe(uuid);
  });
});
