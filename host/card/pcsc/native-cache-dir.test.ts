// SPDX-License-Identifier: MIT
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { homedir, tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { privateCacheDir, userCacheDir } from "./native-cache-dir";

const USER = 1000;

describe("the executable's cache folder for koffi.node", () => {
  it("is the user's own cache folder on each OS", () => {
    expect(userCacheDir("linux", {}, USER)).toBe(join(homedir(), ".cache/dips-companion"));
    expect(userCacheDir("linux", { XDG_CACHE_HOME: "/x/cache" }, USER)).toBe("/x/cache/dips-companion");
    expect(userCacheDir("darwin", {}, USER)).toBe(join(homedir(), "Library/Caches/DIPS Companion"));
    expect(userCacheDir("win32", { LOCALAPPDATA: "/l" }, undefined)).toBe(join("/l", "DIPS Companion", "cache"));
  });

  it("takes an empty or relative XDG_CACHE_HOME as unset (XDG Base Directory spec)", () => {
    expect(userCacheDir("linux", { XDG_CACHE_HOME: "" }, USER)).toBe(join(homedir(), ".cache/dips-companion"));
    expect(userCacheDir("linux", { XDG_CACHE_HOME: "cache" }, USER)).toBe(join(homedir(), ".cache/dips-companion"));
  });

  it("as root, ignores HOME and XDG_CACHE_HOME for the home of the password database", () => {
    const passwdHome = userInfo().homedir;
    expect(userCacheDir("linux", { HOME: "/home/someone", XDG_CACHE_HOME: "/home/someone/c" }, 0)).toBe(
      join(passwdHome, ".cache/dips-companion"),
    );
    expect(userCacheDir("darwin", { HOME: "/Users/someone" }, 0)).toBe(
      join(passwdHome, "Library/Caches/DIPS Companion"),
    );
  });
});

describe.skipIf(process.platform === "win32")("privateCacheDir", () => {
  const work = mkdtempSync(join(tmpdir(), "dips-cache-dir-"));
  const euid = process.geteuid?.() ?? -1;
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("creates a missing folder with mode 0700 and returns its real path", () => {
    const dir = privateCacheDir(join(work, "a/b"), euid);
    expect(dir).toBe(join(work, "a/b"));
  });

  it("refuses a folder that group or others can write", () => {
    const dir = join(work, "open");
    mkdirSync(dir, { mode: 0o700 });
    chmodSync(dir, 0o777);
    expect(() => privateCacheDir(dir, euid)).toThrow(/can be written by group or others/);
  });

  it("refuses a folder under a folder that others can write and that is not sticky", () => {
    const parent = join(work, "shared");
    mkdirSync(parent);
    chmodSync(parent, 0o777);
    expect(() => privateCacheDir(join(parent, "cache"), euid)).toThrow(/shared can be written by group or others/);
  });

  it("accepts a folder under a sticky world-writable folder (like /tmp)", () => {
    const parent = join(work, "sticky");
    mkdirSync(parent);
    chmodSync(parent, 0o1777);
    expect(privateCacheDir(join(parent, "cache"), euid)).toBe(join(parent, "cache"));
  });

  it("refuses a folder another user owns", () => {
    expect(() => privateCacheDir(join(work, "a/b"), euid + 1)).toThrow(/belongs to uid/);
  });

  it("checks where a link leads, not the link", () => {
    const target = join(work, "target");
    mkdirSync(target);
    chmodSync(target, 0o777);
    symlinkSync(target, join(work, "link"));
    expect(() => privateCacheDir(join(work, "link"), euid)).toThrow(/target can be written/);
  });
});
