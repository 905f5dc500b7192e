// SPDX-License-Identifier: MIT
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeTarGz, type TarEntry } from "./tar-gz-writer";

const EPOCH = 1_780_000_000;
const entries: TarEntry[] = [
  { path: "pkg/", mode: 0o755 },
  { path: "pkg/README.txt", data: Buffer.from("読んでください\n"), mode: 0o644 },
  { path: "pkg/tool", data: Buffer.alloc(1000, 7), mode: 0o755 },
];

describe("the .tar.gz writer", () => {
  it("writes an archive GNU tar lists with root owner, the one timestamp and the modes given", () => {
    const dir = mkdtempSync(join(tmpdir(), "tar-test-"));
    const archive = join(dir, "a.tar.gz");
    writeFileSync(archive, writeTarGz(entries, EPOCH));
    const listing = execFileSync("tar", ["-tvzf", archive, "--numeric-owner", "--full-time"], {
      encoding: "utf8",
      env: { TZ: "UTC" },
    });
    expect(listing.trim().split("\n")).toEqual([
      "drwxr-xr-x 0/0               0 2026-05-28 20:26:40 pkg/",
      "-rw-r--r-- 0/0              22 2026-05-28 20:26:40 pkg/README.txt",
      "-rwxr-xr-x 0/0            1000 2026-05-28 20:26:40 pkg/tool",
    ]);
    execFileSync("tar", ["-xzf", archive, "-C", dir]);
    expect(readFileSync(join(dir, "pkg/README.txt"), "utf8")).toBe("読んでください\n");
    expect(statSync(join(dir, "pkg/tool")).mode & 0o777).toBe(0o755);
  });

  it("gives the same bytes for the same input", () => {
    expect(writeTarGz(entries, EPOCH).equals(writeTarGz(entries, EPOCH))).toBe(true);
    expect(writeTarGz(entries, EPOCH).equals(writeTarGz(entries, EPOCH + 1))).toBe(false);
  });

  it("refuses a path that does not fit the ustar name field", () => {
    expect(() => writeTarGz([{ path: `${"a".repeat(101)}`, mode: 0o644 }], EPOCH)).toThrow(/longer than 100/);
  });
});
