// SPDX-License-Identifier: MIT
import { homedir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { userCacheDir } from "./koffi-native-from-executable";

describe("the executable's cache folder for koffi.node", () => {
  it("is the user's own cache folder on each OS", () => {
    expect(userCacheDir("linux", {})).toBe(join(homedir(), ".cache/dips-companion"));
    expect(userCacheDir("linux", { XDG_CACHE_HOME: "/x/cache" })).toBe("/x/cache/dips-companion");
    expect(userCacheDir("darwin", {})).toBe(join(homedir(), "Library/Caches/DIPS Companion"));
    expect(userCacheDir("win32", { LOCALAPPDATA: "/l" })).toBe(join("/l", "DIPS Companion", "cache"));
  });

  it("takes an empty or relative XDG_CACHE_HOME as unset (XDG Base Directory spec)", () => {
    expect(userCacheDir("linux", { XDG_CACHE_HOME: "" })).toBe(join(homedir(), ".cache/dips-companion"));
    expect(userCacheDir("linux", { XDG_CACHE_HOME: "cache" })).toBe(join(homedir(), ".cache/dips-companion"));
  });
});
