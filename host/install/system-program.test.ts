// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { systemProgram } from "./system-program";

describe("systemProgram", () => {
  it("is %SystemRoot%\\System32\\<name>, never a bare name", () => {
    expect(systemProgram("reg.exe", { SystemRoot: "D:\\WINNT" })).toBe("D:\\WINNT\\System32\\reg.exe");
    expect(systemProgram("reg.exe", { windir: "C:\\windows" })).toBe("C:\\windows\\System32\\reg.exe");
  });

  it("falls back to C:\\Windows when SystemRoot is missing, relative or a network path", () => {
    expect(systemProgram("reg.exe", {})).toBe("C:\\Windows\\System32\\reg.exe");
    expect(systemProgram("reg.exe", { SystemRoot: "." })).toBe("C:\\Windows\\System32\\reg.exe");
    expect(systemProgram("reg.exe", { SystemRoot: "\\\\evil\\share" })).toBe("C:\\Windows\\System32\\reg.exe");
  });
});
